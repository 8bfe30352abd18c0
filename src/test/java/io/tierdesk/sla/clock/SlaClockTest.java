package io.tierdesk.sla.clock;

import static io.tierdesk.calendar.AmsterdamTime.AMSTERDAM;
import static io.tierdesk.calendar.AmsterdamTime.ams;
import static io.tierdesk.calendar.AmsterdamTime.officeHours;
import static io.tierdesk.sla.clock.SlaTransition.Type.BREACHED;
import static io.tierdesk.sla.clock.SlaTransition.Type.MET;
import static io.tierdesk.sla.clock.SlaTransition.Type.PAUSED;
import static io.tierdesk.sla.clock.SlaTransition.Type.REOPENED;
import static io.tierdesk.sla.clock.SlaTransition.Type.RESUMED;
import static io.tierdesk.sla.clock.SlaTransition.Type.STARTED;
import static io.tierdesk.sla.clock.SlaTransition.Type.TARGET_CHANGED;
import static io.tierdesk.sla.clock.SlaTransition.Type.WARNED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.tierdesk.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SlaClockTest {

    private static final BusinessCalendar OFFICE = officeHours();
    private static final Set<Integer> WARNINGS = Set.of(75, 90);
    private static final Instant MONDAY_0900 = ams("2026-03-16T09:00");

    private static SlaClock resolution(Duration target) {
        return SlaClock.start(SlaMetric.RESOLUTION, OFFICE, MONDAY_0900, target);
    }

    @Nested
    class Starting {

        @Test
        void recordsTheStartWithTargetAndDueDate() {
            SlaClock clock =
                    SlaClock.start(SlaMetric.FIRST_RESPONSE, OFFICE, ams("2026-03-13T16:00"), Duration.ofHours(4));

            assertThat(clock.state()).isEqualTo(SlaClockState.RUNNING);
            assertThat(clock.dueAt()).contains(ams("2026-03-16T12:00"));
            assertThat(clock.newTransitions()).singleElement().satisfies(started -> {
                assertThat(started.type()).isEqualTo(STARTED);
                assertThat(started.newTarget()).isEqualTo(Duration.ofHours(4));
                assertThat(started.dueAt()).isEqualTo(ams("2026-03-16T12:00"));
            });
        }

        @Test
        void countsConsumedTimeInBusinessTimeOnly() {
            SlaClock clock = resolution(Duration.ofHours(16));

            assertThat(clock.consumedBusinessTime(ams("2026-03-17T10:00"))).isEqualTo(Duration.ofHours(9));
            assertThat(clock.remainingBusinessTime(ams("2026-03-17T10:00"))).isEqualTo(Duration.ofHours(7));
        }

        @Test
        void rejectsNonPositiveTargets() {
            assertThatIllegalArgumentException().isThrownBy(() -> resolution(Duration.ZERO));
            assertThatIllegalArgumentException().isThrownBy(() -> resolution(Duration.ofHours(-1)));
        }

        @Test
        void twentyFourSevenClockCountsRealTimeAcrossDaylightSavingTime() {
            SlaClock clock = SlaClock.start(
                    SlaMetric.FIRST_RESPONSE,
                    BusinessCalendar.twentyFourSeven(AMSTERDAM),
                    ams("2026-03-28T23:30"),
                    Duration.ofHours(4));

            assertThat(clock.dueAt()).contains(Instant.parse("2026-03-29T02:30:00Z"));
        }
    }

    @Nested
    class Pausing {

        @Test
        void pausesResolutionClockWhileWaitingOnRequester() {
            SlaClock clock = resolution(Duration.ofHours(16)).pause(ams("2026-03-16T16:00"), "WAITING_ON_REQUESTER");

            assertThat(clock.state()).isEqualTo(SlaClockState.PAUSED);
            assertThat(clock.dueAt()).isEmpty();
            assertThat(clock.consumedBusinessTime(ams("2026-03-17T09:30"))).isEqualTo(Duration.ofHours(7));
            assertThat(clock.newTransitions())
                    .extracting(SlaTransition::type, SlaTransition::pauseReason)
                    .containsExactly(tuple(PAUSED, "WAITING_ON_REQUESTER"));
        }

        @Test
        void pauseFromMondayFourToTuesdayTenHoldsTwoBusinessHours() {
            SlaClock clock = resolution(Duration.ofHours(16))
                    .pause(ams("2026-03-16T16:00"), "WAITING_ON_REQUESTER")
                    .resume(ams("2026-03-17T10:00"));

            assertThat(clock.excludedBusinessTime()).isEqualTo(Duration.ofHours(2));
            assertThat(clock.dueAt()).contains(ams("2026-03-18T11:00"));
            assertThat(clock.consumedBusinessTime(ams("2026-03-17T10:00"))).isEqualTo(Duration.ofHours(7));
            assertThat(clock.newTransitions()).singleElement().satisfies(resumed -> {
                assertThat(resumed.type()).isEqualTo(RESUMED);
                assertThat(resumed.dueAt()).isEqualTo(ams("2026-03-18T11:00"));
            });
        }

        @Test
        void firstResponseClockDoesNotPause() {
            SlaClock clock = SlaClock.start(SlaMetric.FIRST_RESPONSE, OFFICE, MONDAY_0900, Duration.ofHours(4));

            assertThatIllegalStateException()
                    .isThrownBy(() -> clock.pause(ams("2026-03-16T10:00"), "WAITING_ON_REQUESTER"));
        }

        @Test
        void rejectsPausingTwiceAndResumingARunningClock() {
            SlaClock paused = resolution(Duration.ofHours(8)).pause(ams("2026-03-16T10:00"), "WAITING_ON_VENDOR");

            assertThatIllegalStateException()
                    .isThrownBy(() -> paused.pause(ams("2026-03-16T11:00"), "WAITING_ON_VENDOR"));
            assertThatIllegalStateException()
                    .isThrownBy(() -> resolution(Duration.ofHours(8)).resume(ams("2026-03-16T11:00")));
        }

        @Test
        void pausingAnOverdueClockRecordsTheBreachAtItsDueDateFirst() {
            SlaClock clock = resolution(Duration.ofHours(4)).pause(ams("2026-03-16T15:00"), "WAITING_ON_VENDOR");

            assertThat(clock.newTransitions())
                    .extracting(SlaTransition::type, SlaTransition::at)
                    .containsExactly(tuple(BREACHED, ams("2026-03-16T13:00")), tuple(PAUSED, ams("2026-03-16T15:00")));
            assertThat(clock.everBreached()).isTrue();

            SlaClock resumed = clock.resume(ams("2026-03-17T09:00")).check(ams("2026-03-17T12:00"), WARNINGS);
            assertThat(resumed.newTransitions()).isEmpty();
        }
    }

    @Nested
    class TargetChanges {

        @Test
        void priorityChangeIntoThePastBreachesAtTheNewDueDate() {
            SlaClock clock = resolution(Duration.ofHours(8)).changeTarget(ams("2026-03-16T14:00"), Duration.ofHours(4));

            assertThat(clock.dueAt()).contains(ams("2026-03-16T13:00"));
            assertThat(clock.everBreached()).isTrue();
            assertThat(clock.newTransitions())
                    .extracting(SlaTransition::type, SlaTransition::at)
                    .containsExactly(
                            tuple(TARGET_CHANGED, ams("2026-03-16T14:00")), tuple(BREACHED, ams("2026-03-16T13:00")));
            assertThat(clock.newTransitions().get(0))
                    .extracting(SlaTransition::previousTarget, SlaTransition::newTarget)
                    .containsExactly(Duration.ofHours(8), Duration.ofHours(4));
        }

        @Test
        void everBreachedStaysTrueWhenTheTargetGrowsAgain() {
            SlaClock clock = resolution(Duration.ofHours(8))
                    .changeTarget(ams("2026-03-16T14:00"), Duration.ofHours(4))
                    .changeTarget(ams("2026-03-16T15:00"), Duration.ofHours(16));

            assertThat(clock.everBreached()).isTrue();
            assertThat(clock.dueAt()).contains(ams("2026-03-17T17:00"));
            assertThat(clock.newTransitions()).extracting(SlaTransition::type).containsExactly(TARGET_CHANGED);
        }

        @Test
        void priorityChangeIntoTheFutureOnlyMovesTheDueDate() {
            SlaClock clock = resolution(Duration.ofHours(8)).changeTarget(ams("2026-03-16T10:00"), Duration.ofHours(2));

            assertThat(clock.dueAt()).contains(ams("2026-03-16T11:00"));
            assertThat(clock.everBreached()).isFalse();
            assertThat(clock.newTransitions()).extracting(SlaTransition::type).containsExactly(TARGET_CHANGED);
        }

        @Test
        void targetChangeWhilePausedBreachesAtTheDueDateBeforeThePause() {
            SlaClock clock = resolution(Duration.ofHours(8))
                    .pause(ams("2026-03-16T14:00"), "WAITING_ON_REQUESTER")
                    .changeTarget(ams("2026-03-17T10:00"), Duration.ofHours(2));

            assertThat(clock.state()).isEqualTo(SlaClockState.PAUSED);
            assertThat(clock.newTransitions())
                    .extracting(SlaTransition::type, SlaTransition::at)
                    .containsExactly(
                            tuple(TARGET_CHANGED, ams("2026-03-17T10:00")), tuple(BREACHED, ams("2026-03-16T11:00")));
        }

        @Test
        void unchangedTargetRecordsNothing() {
            assertThat(resolution(Duration.ofHours(8))
                            .changeTarget(ams("2026-03-16T10:00"), Duration.ofHours(8))
                            .newTransitions())
                    .isEmpty();
        }

        @Test
        void stoppedClockKeepsItsOutcome() {
            SlaClock met = resolution(Duration.ofHours(8)).stop(ams("2026-03-16T10:00"));

            assertThatIllegalStateException()
                    .isThrownBy(() -> met.changeTarget(ams("2026-03-16T11:00"), Duration.ofHours(1)));
        }
    }

    @Nested
    class WarningsAndBreaches {

        @Test
        void warningsFireOncePerThreshold() {
            SlaClock clock = resolution(Duration.ofHours(8));

            clock = clock.check(ams("2026-03-16T14:59"), WARNINGS);
            assertThat(clock.newTransitions()).isEmpty();

            clock = clock.check(ams("2026-03-16T15:00"), WARNINGS);
            assertThat(clock.newTransitions())
                    .extracting(SlaTransition::type, SlaTransition::warningPercent)
                    .containsExactly(tuple(WARNED, 75));

            clock = clock.check(ams("2026-03-16T15:30"), WARNINGS);
            assertThat(clock.newTransitions()).isEmpty();

            clock = clock.check(ams("2026-03-16T16:12"), WARNINGS);
            assertThat(clock.newTransitions())
                    .extracting(SlaTransition::warningPercent)
                    .containsExactly(90);

            clock = clock.check(ams("2026-03-16T16:30"), WARNINGS);
            assertThat(clock.newTransitions()).isEmpty();
        }

        @Test
        void breachFiresOnceAtTheDueDate() {
            SlaClock clock = resolution(Duration.ofHours(8)).check(ams("2026-03-16T16:30"), WARNINGS);

            clock = clock.check(ams("2026-03-16T17:00"), WARNINGS);
            assertThat(clock.newTransitions())
                    .extracting(SlaTransition::type, SlaTransition::at)
                    .containsExactly(tuple(BREACHED, ams("2026-03-16T17:00")));
            assertThat(clock.everBreached()).isTrue();

            clock = clock.check(ams("2026-03-17T12:00"), WARNINGS);
            assertThat(clock.newTransitions()).isEmpty();
        }

        @Test
        void lateScanFiresEveryCrossedWarningInOrderAtTheInstantItWasCrossed() {
            SlaClock clock = resolution(Duration.ofHours(8)).check(ams("2026-03-16T16:45"), WARNINGS);

            assertThat(clock.newTransitions())
                    .extracting(SlaTransition::warningPercent, SlaTransition::at)
                    .containsExactly(tuple(75, ams("2026-03-16T15:00")), tuple(90, ams("2026-03-16T16:12")));
        }

        @Test
        void scanAfterTheDueDateFiresEveryWarningAndThenTheBreachEachAtItsInstant() {
            SlaClock clock = resolution(Duration.ofHours(8)).check(ams("2026-03-17T10:00"), WARNINGS);

            assertThat(clock.newTransitions())
                    .extracting(SlaTransition::type, SlaTransition::warningPercent, SlaTransition::at)
                    .containsExactly(
                            tuple(WARNED, 75, ams("2026-03-16T15:00")),
                            tuple(WARNED, 90, ams("2026-03-16T16:12")),
                            tuple(BREACHED, null, ams("2026-03-16T17:00")));
            assertThat(clock.check(ams("2026-03-17T11:00"), WARNINGS).newTransitions())
                    .isEmpty();
        }

        @Test
        void noWarningsWhilePaused() {
            SlaClock paused = resolution(Duration.ofHours(8)).pause(ams("2026-03-16T16:00"), "WAITING_ON_REQUESTER");

            assertThat(paused.check(ams("2026-03-17T16:00"), WARNINGS).newTransitions())
                    .isEmpty();

            SlaClock resumed = paused.resume(ams("2026-03-18T09:00")).check(ams("2026-03-18T09:00"), WARNINGS);
            assertThat(resumed.newTransitions())
                    .extracting(SlaTransition::warningPercent, SlaTransition::at)
                    .containsExactly(tuple(75, ams("2026-03-18T09:00")));
        }

        @Test
        void noBreachWhilePausedEvenPastTheDueDateItWouldHaveHad() {
            SlaClock clock = resolution(Duration.ofHours(8))
                    .pause(ams("2026-03-16T14:00"), "WAITING_ON_REQUESTER")
                    .check(ams("2026-03-17T14:00"), WARNINGS);

            assertThat(clock.newTransitions()).isEmpty();
            assertThat(clock.everBreached()).isFalse();
        }

        @Test
        void stoppedClockFiresNothing() {
            SlaClock clock = resolution(Duration.ofHours(8)).stop(ams("2026-03-16T10:00"));

            assertThat(clock.check(ams("2026-03-20T10:00"), WARNINGS).newTransitions())
                    .isEmpty();
        }

        @Test
        void rejectsWarningThresholdsOutsideOneToNinetyNinePercent() {
            SlaClock clock = resolution(Duration.ofHours(8));

            assertThatIllegalArgumentException().isThrownBy(() -> clock.check(ams("2026-03-16T10:00"), Set.of(100)));
            assertThatIllegalArgumentException().isThrownBy(() -> clock.check(ams("2026-03-16T10:00"), Set.of(0)));
        }
    }

    @Nested
    class StoppingAndReopening {

        @Test
        void stopBeforeTheDueDateIsMet() {
            SlaClock clock = resolution(Duration.ofHours(8)).stop(ams("2026-03-16T16:00"));

            assertThat(clock.state()).isEqualTo(SlaClockState.MET);
            assertThat(clock.everBreached()).isFalse();
            assertThat(clock.consumedBusinessTime(ams("2026-03-20T10:00"))).isEqualTo(Duration.ofHours(7));
            assertThat(clock.newTransitions()).extracting(SlaTransition::type).containsExactly(MET);
        }

        @Test
        void stopAfterTheDueDateIsMetLateAndRecordsTheBreach() {
            SlaClock clock = resolution(Duration.ofHours(4)).stop(ams("2026-03-16T15:00"));

            assertThat(clock.state()).isEqualTo(SlaClockState.MET_LATE);
            assertThat(clock.everBreached()).isTrue();
            assertThat(clock.newTransitions())
                    .extracting(SlaTransition::type, SlaTransition::at)
                    .containsExactly(tuple(BREACHED, ams("2026-03-16T13:00")), tuple(MET, ams("2026-03-16T15:00")));
        }

        @Test
        void stopWhilePausedDoesNotCountThePausedTime() {
            SlaClock clock = resolution(Duration.ofHours(8))
                    .pause(ams("2026-03-16T12:00"), "WAITING_ON_REQUESTER")
                    .stop(ams("2026-03-17T12:00"));

            assertThat(clock.state()).isEqualTo(SlaClockState.MET);
            assertThat(clock.consumedBusinessTime(ams("2026-03-17T12:00"))).isEqualTo(Duration.ofHours(3));
        }

        @Test
        void reopenAfterResolveDoesNotCountTheTimeSpentResolved() {
            SlaClock clock = resolution(Duration.ofHours(8))
                    .stop(ams("2026-03-16T13:00"))
                    .reopen(ams("2026-03-18T09:00"));

            assertThat(clock.state()).isEqualTo(SlaClockState.RUNNING);
            assertThat(clock.cycle()).isEqualTo(2);
            assertThat(clock.consumedBusinessTime(ams("2026-03-18T09:00"))).isEqualTo(Duration.ofHours(4));
            assertThat(clock.dueAt()).contains(ams("2026-03-18T13:00"));
            assertThat(clock.newTransitions())
                    .extracting(SlaTransition::type, SlaTransition::cycle)
                    .containsExactly(tuple(REOPENED, 2));
        }

        @Test
        void reopenStartsANewCycleInWhichWarningsFireAgain() {
            SlaClock clock = resolution(Duration.ofHours(8))
                    .check(ams("2026-03-16T15:00"), WARNINGS)
                    .stop(ams("2026-03-16T15:30"))
                    .reopen(ams("2026-03-17T09:00"))
                    .check(ams("2026-03-17T09:00"), WARNINGS);

            assertThat(clock.newTransitions())
                    .extracting(SlaTransition::type, SlaTransition::warningPercent, SlaTransition::cycle)
                    .containsExactly(tuple(WARNED, 75, 2));
        }

        @Test
        void reopeningAnOverdueClockBreachesTheNewCycleAtTheReopening() {
            SlaClock clock = resolution(Duration.ofHours(4))
                    .stop(ams("2026-03-16T15:00"))
                    .reopen(ams("2026-03-17T09:00"));

            assertThat(clock.newTransitions())
                    .extracting(SlaTransition::type, SlaTransition::at, SlaTransition::cycle)
                    .containsExactly(
                            tuple(REOPENED, ams("2026-03-17T09:00"), 2), tuple(BREACHED, ams("2026-03-17T09:00"), 2));
            assertThat(clock.check(ams("2026-03-17T10:00"), WARNINGS).newTransitions())
                    .isEmpty();
        }

        @Test
        void onlyAStoppedClockReopens() {
            assertThatIllegalStateException()
                    .isThrownBy(() -> resolution(Duration.ofHours(8)).reopen(ams("2026-03-16T10:00")));
        }
    }

    @Nested
    class History {

        @Test
        void transitionsExplainWhyTheDueDateIsWhatItIs() {
            SlaClock clock = resolution(Duration.ofHours(16))
                    .pause(ams("2026-03-16T16:00"), "WAITING_ON_REQUESTER")
                    .resume(ams("2026-03-17T10:00"))
                    .changeTarget(ams("2026-03-17T11:00"), Duration.ofHours(8));

            assertThat(clock.transitions())
                    .extracting(SlaTransition::type, SlaTransition::at, SlaTransition::dueAt)
                    .containsExactly(
                            tuple(STARTED, MONDAY_0900, ams("2026-03-17T17:00")),
                            tuple(PAUSED, ams("2026-03-16T16:00"), null),
                            tuple(RESUMED, ams("2026-03-17T10:00"), ams("2026-03-18T11:00")),
                            tuple(TARGET_CHANGED, ams("2026-03-17T11:00"), ams("2026-03-17T11:00")),
                            tuple(BREACHED, ams("2026-03-17T11:00"), ams("2026-03-17T11:00")));
        }

        @Test
        void restoredClockContinuesLikeTheOriginal() {
            SlaClock original = resolution(Duration.ofHours(16))
                    .check(ams("2026-03-16T16:00"), WARNINGS)
                    .pause(ams("2026-03-16T16:00"), "WAITING_ON_VENDOR");

            SlaClock restored = SlaClock.restore(OFFICE, original.snapshot(), original.transitions());

            assertThat(restored.state()).isEqualTo(SlaClockState.PAUSED);
            assertThat(restored.newTransitions()).isEmpty();
            assertThat(restored.transitions()).isEqualTo(original.transitions());
            SlaClock next = restored.resume(ams("2026-03-17T10:00")).check(ams("2026-03-17T16:00"), WARNINGS);
            SlaClock expected = original.resume(ams("2026-03-17T10:00")).check(ams("2026-03-17T16:00"), WARNINGS);
            assertThat(next.snapshot()).isEqualTo(expected.snapshot());
            assertThat(next.newTransitions()).isEqualTo(expected.newTransitions());
        }

        @Test
        void snapshotCarriesEveryFieldNeededToRebuild() {
            SlaClock clock = resolution(Duration.ofHours(8))
                    .check(ams("2026-03-16T15:00"), WARNINGS)
                    .pause(ams("2026-03-16T16:00"), "WAITING_ON_REQUESTER");

            assertThat(clock.snapshot())
                    .isEqualTo(new SlaClockSnapshot(
                            SlaMetric.RESOLUTION,
                            MONDAY_0900,
                            Duration.ofHours(8),
                            Duration.ZERO,
                            ams("2026-03-16T16:00"),
                            null,
                            ams("2026-03-16T16:00"),
                            1,
                            false,
                            false,
                            Set.of(75)));
        }

        @Test
        void rejectsSnapshotsThatCannotHappen() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new SlaClockSnapshot(
                            SlaMetric.RESOLUTION,
                            MONDAY_0900,
                            Duration.ofHours(8),
                            Duration.ZERO,
                            MONDAY_0900,
                            MONDAY_0900,
                            MONDAY_0900,
                            1,
                            false,
                            false,
                            Set.of()));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new SlaClockSnapshot(
                            SlaMetric.FIRST_RESPONSE,
                            MONDAY_0900,
                            Duration.ofHours(8),
                            Duration.ZERO,
                            MONDAY_0900,
                            null,
                            MONDAY_0900,
                            1,
                            false,
                            false,
                            Set.of()));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new SlaClockSnapshot(
                            SlaMetric.RESOLUTION,
                            MONDAY_0900,
                            Duration.ofHours(8),
                            Duration.ZERO,
                            null,
                            null,
                            MONDAY_0900,
                            1,
                            false,
                            true,
                            Set.of()));
        }

        @Test
        void rejectsInstantsBeforeTheLastChange() {
            SlaClock paused = resolution(Duration.ofHours(8)).pause(ams("2026-03-16T12:00"), "WAITING_ON_REQUESTER");

            assertThatIllegalArgumentException().isThrownBy(() -> paused.resume(ams("2026-03-16T11:00")));
            assertThatIllegalArgumentException().isThrownBy(() -> paused.consumedBusinessTime(ams("2026-03-16T11:00")));
        }

        @Test
        void transitionListIsImmutable() {
            List<SlaTransition> transitions = resolution(Duration.ofHours(8)).transitions();

            assertThatThrownBy(() -> transitions.add(transitions.get(0)))
                    .isInstanceOf(UnsupportedOperationException.class);
        }
    }
}
