package io.tierdesk.sla.clock;

import static io.tierdesk.calendar.CalendarGenerators.calendar;
import static io.tierdesk.calendar.CalendarGenerators.instant;
import static io.tierdesk.calendar.CalendarGenerators.longBetween;
import static io.tierdesk.calendar.CalendarGenerators.oneOf;
import static io.tierdesk.calendar.CalendarGenerators.sizeUpTo;
import static io.tierdesk.support.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.tierdesk.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SlaClockPropertiesTest {

    private static final int TRIES = 300;
    private static final Set<Integer> WARNINGS = Set.of(50, 75, 90);

    enum Kind {
        CHECK,
        PAUSE,
        RESUME,
        CHANGE_TARGET,
        STOP,
        REOPEN
    }

    /** One thing happening to a ticket, {@code gap} after the previous one. */
    record Step(Kind kind, Duration gap, Duration newTarget) {}

    /** A ticket's resolution clock: where it starts and what happens to it. */
    record Case(BusinessCalendar calendar, Instant start, Duration target, List<Step> history) {}

    private static Case cases(Random random) {
        return new Case(calendar(random), instant(random), target(random), history(random));
    }

    private static Duration target(Random random) {
        return Duration.ofMinutes(longBetween(random, 1, 40 * 60));
    }

    private static List<Step> history(Random random) {
        int size = sizeUpTo(random, 25);
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            steps.add(new Step(
                    oneOf(random, List.of(Kind.values())),
                    Duration.ofSeconds(longBetween(random, 0, 30 * 3600)),
                    target(random)));
        }
        return steps;
    }

    @Test
    void dueDateIsWhereConsumedBusinessTimeReachesTheTarget() {
        forAll(TRIES, SlaClockPropertiesTest::cases, c -> {
            BusinessCalendar calendar = c.calendar();
            Instant start = c.start();
            Duration target = c.target();
            List<Step> history = c.history();
            for (SlaClock clock : replay(calendar, start, target, history)) {
                if (clock.state() != SlaClockState.RUNNING) {
                    continue;
                }
                Instant lastChange = clock.snapshot().lastChangedAt();
                clock.dueAt()
                        .filter(due -> !due.isBefore(lastChange))
                        .ifPresent(due ->
                                assertThat(clock.consumedBusinessTime(due)).isEqualTo(clock.target()));
            }
        });
    }

    @Test
    void consumedBusinessTimeNeverDecreasesAndNeverExceedsElapsedBusinessTime() {
        forAll(TRIES, SlaClockPropertiesTest::cases, c -> {
            BusinessCalendar calendar = c.calendar();
            Instant start = c.start();
            Duration target = c.target();
            List<Step> history = c.history();
            Duration previous = Duration.ZERO;
            for (SlaClock clock : replay(calendar, start, target, history)) {
                Instant at = clock.snapshot().lastChangedAt();
                Duration consumed = clock.consumedBusinessTime(at);
                assertThat(consumed).isGreaterThanOrEqualTo(previous);
                assertThat(consumed).isLessThanOrEqualTo(calendar.businessTimeBetween(start, at));
                previous = consumed;
            }
        });
    }

    @Test
    void warningsAndBreachFireAtMostOncePerCycleAndNeverWhilePaused() {
        forAll(TRIES, SlaClockPropertiesTest::cases, c -> {
            BusinessCalendar calendar = c.calendar();
            Instant start = c.start();
            Duration target = c.target();
            List<Step> history = c.history();
            List<SlaClock> clocks = replay(calendar, start, target, history);
            Map<String, Integer> firings = new HashMap<>();
            boolean everBreached = false;
            for (int i = 1; i < clocks.size(); i++) {
                SlaClock before = clocks.get(i - 1);
                SlaClock after = clocks.get(i);
                if (before.state() == SlaClockState.PAUSED && after.state() == SlaClockState.PAUSED) {
                    assertThat(after.newTransitions()).noneMatch(t -> t.type() == SlaTransition.Type.WARNED);
                }
                for (SlaTransition transition : after.newTransitions()) {
                    if (transition.type() == SlaTransition.Type.WARNED
                            || transition.type() == SlaTransition.Type.BREACHED) {
                        String key = transition.cycle() + "/" + transition.type() + "/" + transition.warningPercent();
                        assertThat(firings.merge(key, 1, Integer::sum)).as(key).isEqualTo(1);
                    }
                }
                everBreached |= after.everBreached();
                assertThat(after.everBreached()).isEqualTo(everBreached);
            }
        });
    }

    @Test
    void runningClockCheckedAfterItsDueDateHasBreached() {
        forAll(TRIES, SlaClockPropertiesTest::cases, c -> {
            BusinessCalendar calendar = c.calendar();
            Instant start = c.start();
            Duration target = c.target();
            List<Step> history = c.history();
            List<SlaClock> clocks = replay(calendar, start, target, history);
            SlaClock last = clocks.get(clocks.size() - 1);
            if (last.state() != SlaClockState.RUNNING) {
                return;
            }
            Instant due = last.dueAt().orElseThrow();
            Instant later = due.isAfter(last.snapshot().lastChangedAt())
                    ? due
                    : last.snapshot().lastChangedAt();

            SlaClock checked = last.check(later, WARNINGS);

            assertThat(checked.breachedInCycle()).isTrue();
            assertThat(checked.everBreached()).isTrue();
        });
    }

    @Test
    void restoredClockBehavesExactlyLikeTheOriginal() {
        forAll(TRIES, SlaClockPropertiesTest::cases, c -> {
            BusinessCalendar calendar = c.calendar();
            Instant start = c.start();
            Duration target = c.target();
            List<Step> history = c.history();
            List<SlaClock> clocks = replay(calendar, start, target, history);
            for (int i = 0; i < history.size(); i++) {
                SlaClock original = clocks.get(i);
                SlaClock restored = SlaClock.restore(calendar, original.snapshot(), original.transitions());

                SlaClock expected = apply(original, history.get(i));
                SlaClock actual = apply(restored, history.get(i));

                assertThat(actual.snapshot()).isEqualTo(expected.snapshot());
                assertThat(actual.transitions()).isEqualTo(expected.transitions());
            }
        });
    }

    /** The clock after the start and after each step. */
    private static List<SlaClock> replay(
            BusinessCalendar calendar, Instant start, Duration target, List<Step> history) {
        List<SlaClock> clocks = new ArrayList<>();
        SlaClock clock = SlaClock.start(SlaMetric.RESOLUTION, calendar, start, target);
        clocks.add(clock);
        for (Step step : history) {
            clock = apply(clock, step);
            clocks.add(clock);
        }
        return clocks;
    }

    /** Applies a step, turning steps the clock's state does not allow into checks. */
    private static SlaClock apply(SlaClock clock, Step step) {
        Instant at = clock.snapshot().lastChangedAt().plus(step.gap());
        SlaClockState state = clock.state();
        boolean stopped = state == SlaClockState.MET || state == SlaClockState.MET_LATE;
        return switch (step.kind()) {
            case PAUSE ->
                state == SlaClockState.RUNNING ? clock.pause(at, "WAITING_ON_REQUESTER") : clock.check(at, WARNINGS);
            case RESUME -> state == SlaClockState.PAUSED ? clock.resume(at) : clock.check(at, WARNINGS);
            case CHANGE_TARGET -> stopped ? clock.check(at, WARNINGS) : clock.changeTarget(at, step.newTarget());
            case STOP -> stopped ? clock.check(at, WARNINGS) : clock.stop(at);
            case REOPEN -> stopped ? clock.reopen(at) : clock.check(at, WARNINGS);
            case CHECK -> clock.check(at, WARNINGS);
        };
    }
}
