package io.tierdesk.sla.simulator;

import static io.tierdesk.calendar.CalendarGenerators.calendar;
import static io.tierdesk.calendar.CalendarGenerators.instant;
import static io.tierdesk.calendar.CalendarGenerators.longBetween;
import static io.tierdesk.calendar.CalendarGenerators.oneOf;
import static io.tierdesk.calendar.CalendarGenerators.sizeUpTo;
import static io.tierdesk.support.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.tierdesk.api.model.SlaSimulationEventTypeDto;
import io.tierdesk.calendar.BusinessCalendar;
import io.tierdesk.sla.clock.SlaClock;
import io.tierdesk.sla.clock.SlaClockState;
import io.tierdesk.sla.clock.SlaTransition;
import io.tierdesk.sla.policy.SlaPolicyTerms;
import io.tierdesk.ticketterms.TicketPriority;
import io.tierdesk.ticketterms.TicketStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlaSimulatorPropertiesTest {

    private static final int TRIES = 200;
    private static final List<TicketPriority> PRIORITIES =
            List.of(TicketPriority.P1, TicketPriority.P2, TicketPriority.P3);
    private static final SlaPolicyTerms TERMS = new SlaPolicyTerms(
            "property",
            List.of("important"),
            PRIORITIES,
            UUID.randomUUID(),
            List.of(
                    new SlaPolicyTerms.Target(TicketPriority.P1, 30, 240),
                    new SlaPolicyTerms.Target(TicketPriority.P2, 240, 960),
                    new SlaPolicyTerms.Target(TicketPriority.P3, 480, 2400)),
            List.of(TicketStatus.WAITING_ON_REQUESTER),
            List.of(50, 75, 90),
            false,
            1,
            true);

    /** A simulated ticket: a calendar, a start, and a history of events that fit the clocks' states. */
    record Case(
            BusinessCalendar calendar,
            Instant start,
            TicketPriority priority,
            List<SlaSimulator.Event> events,
            Instant at) {}

    private static Case cases(Random random) {
        Instant start = instant(random);
        List<SlaSimulator.Event> events = new ArrayList<>();
        Instant at = start;
        String resolution = "RUNNING";
        for (int i = sizeUpTo(random, 20); i > 0; i--) {
            at = at.plusSeconds(longBetween(random, 0, 20 * 3600));
            List<SlaSimulationEventTypeDto> fitting = switch (resolution) {
                case "RUNNING" ->
                    List.of(
                            SlaSimulationEventTypeDto.PAUSE,
                            SlaSimulationEventTypeDto.RESOLVE,
                            SlaSimulationEventTypeDto.PRIORITY_CHANGE,
                            SlaSimulationEventTypeDto.FIRST_RESPONSE);
                case "PAUSED" ->
                    List.of(
                            SlaSimulationEventTypeDto.RESUME,
                            SlaSimulationEventTypeDto.RESOLVE,
                            SlaSimulationEventTypeDto.PRIORITY_CHANGE,
                            SlaSimulationEventTypeDto.FIRST_RESPONSE);
                default -> List.of(SlaSimulationEventTypeDto.REOPEN, SlaSimulationEventTypeDto.PRIORITY_CHANGE);
            };
            SlaSimulationEventTypeDto type = oneOf(random, fitting);
            resolution = switch (type) {
                case PAUSE -> "PAUSED";
                case RESUME, REOPEN -> "RUNNING";
                case RESOLVE -> "STOPPED";
                default -> resolution;
            };
            events.add(new SlaSimulator.Event(type, at, oneOf(random, PRIORITIES), "waiting"));
        }
        return new Case(
                calendar(random),
                start,
                oneOf(random, PRIORITIES),
                events,
                at.plusSeconds(longBetween(random, 0, 5 * 24 * 3600)));
    }

    private static SlaSimulator.Outcome run(Case c) {
        return new SlaSimulator(c.calendar(), TERMS).run(c.start(), c.priority(), c.events(), c.at());
    }

    @Test
    void nothingIsReportedAfterTheEvaluationInstant() {
        forAll(TRIES, SlaSimulatorPropertiesTest::cases, c -> {
            SlaSimulator.Outcome outcome = run(c);
            for (SlaClock clock : List.of(outcome.firstResponse(), outcome.resolution())) {
                assertThat(clock.transitions())
                        .allSatisfy(t -> assertThat(t.at()).isBeforeOrEqualTo(c.at()));
            }
        });
    }

    @Test
    void eachWarningAndTheBreachFireAtMostOncePerCycle() {
        forAll(TRIES, SlaSimulatorPropertiesTest::cases, c -> {
            SlaSimulator.Outcome outcome = run(c);
            for (SlaClock clock : List.of(outcome.firstResponse(), outcome.resolution())) {
                Set<String> fired = new HashSet<>();
                for (SlaTransition t : clock.transitions()) {
                    if (t.type() == SlaTransition.Type.WARNED || t.type() == SlaTransition.Type.BREACHED) {
                        assertThat(fired.add(t.cycle() + ":" + t.type() + ":" + t.warningPercent()))
                                .as("fired once: %s", t)
                                .isTrue();
                    }
                }
            }
        });
    }

    @Test
    void nothingFiresWhileTheResolutionClockIsPaused() {
        forAll(TRIES, SlaSimulatorPropertiesTest::cases, c -> {
            Instant pausedAt = null;
            for (SlaTransition t : run(c).resolution().transitions()) {
                switch (t.type()) {
                    case PAUSED -> pausedAt = t.at();
                    case RESUMED, MET -> pausedAt = null;
                    case WARNED, BREACHED ->
                        assertThat(pausedAt == null || !t.at().isAfter(pausedAt))
                                .as("%s fired while paused since %s", t, pausedAt)
                                .isTrue();
                    default -> {}
                }
            }
        });
    }

    @Test
    void firstResponseNeverPausesAndEverBreachedMeansABreachWasRecorded() {
        forAll(TRIES, SlaSimulatorPropertiesTest::cases, c -> {
            SlaSimulator.Outcome outcome = run(c);
            assertThat(outcome.firstResponse().transitions()).noneMatch(t -> t.type() == SlaTransition.Type.PAUSED);
            for (SlaClock clock : List.of(outcome.firstResponse(), outcome.resolution())) {
                assertThat(clock.everBreached())
                        .isEqualTo(clock.transitions().stream().anyMatch(t -> t.type() == SlaTransition.Type.BREACHED));
            }
        });
    }

    @Test
    void aRunningClockThatIsNotBreachedStillHasTimeLeft() {
        forAll(TRIES, SlaSimulatorPropertiesTest::cases, c -> {
            SlaSimulator.Outcome outcome = run(c);
            for (SlaClock clock : List.of(outcome.firstResponse(), outcome.resolution())) {
                if (clock.state() == SlaClockState.RUNNING && !clock.breachedInCycle()) {
                    assertThat(clock.dueAt().orElseThrow()).isAfter(c.at());
                    assertThat(clock.remainingBusinessTime(c.at())).isPositive();
                }
            }
        });
    }
}
