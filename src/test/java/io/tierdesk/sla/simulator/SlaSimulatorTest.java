package io.tierdesk.sla.simulator;

import static io.tierdesk.api.model.SlaSimulationEventTypeDto.FIRST_RESPONSE;
import static io.tierdesk.api.model.SlaSimulationEventTypeDto.PAUSE;
import static io.tierdesk.api.model.SlaSimulationEventTypeDto.PRIORITY_CHANGE;
import static io.tierdesk.api.model.SlaSimulationEventTypeDto.REOPEN;
import static io.tierdesk.api.model.SlaSimulationEventTypeDto.RESOLVE;
import static io.tierdesk.api.model.SlaSimulationEventTypeDto.RESUME;
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
import static io.tierdesk.ticketterms.TicketPriority.P1;
import static io.tierdesk.ticketterms.TicketPriority.P2;
import static io.tierdesk.ticketterms.TicketPriority.P3;
import static io.tierdesk.ticketterms.TicketPriority.P4;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.tierdesk.api.model.SlaSimulationEventTypeDto;
import io.tierdesk.calendar.BusinessCalendar;
import io.tierdesk.common.DomainException;
import io.tierdesk.common.FieldError;
import io.tierdesk.common.InvalidInput;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.sla.clock.SlaClock;
import io.tierdesk.sla.clock.SlaClockState;
import io.tierdesk.sla.clock.SlaTransition;
import io.tierdesk.sla.policy.SlaPolicyTerms;
import io.tierdesk.ticketterms.TicketPriority;
import io.tierdesk.ticketterms.TicketStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlaSimulatorTest {

    private static final Instant MONDAY_0900 = ams("2026-03-16T09:00");

    /** P1 60/240, P2 240/960, P3 480/2400 business minutes; warnings at 75 % and 90 %. */
    private static final SlaPolicyTerms TERMS = new SlaPolicyTerms(
            "test",
            List.of("important"),
            List.of(P1, P2, P3),
            UUID.randomUUID(),
            List.of(
                    new SlaPolicyTerms.Target(P1, 60, 240),
                    new SlaPolicyTerms.Target(P2, 240, 960),
                    new SlaPolicyTerms.Target(P3, 480, 2400)),
            List.of(TicketStatus.WAITING_ON_REQUESTER),
            List.of(75, 90),
            false,
            1,
            true);

    private static final SlaSimulator OFFICE = new SlaSimulator(officeHours(), TERMS);

    private static SlaSimulator.Event event(SlaSimulationEventTypeDto type, String amsterdamTime) {
        return new SlaSimulator.Event(type, ams(amsterdamTime), null, null);
    }

    private static SlaSimulator.Event priorityChange(String amsterdamTime, TicketPriority priority) {
        return new SlaSimulator.Event(PRIORITY_CHANGE, ams(amsterdamTime), priority, null);
    }

    private static SlaSimulator.Outcome run(Instant start, TicketPriority priority, SlaSimulator.Event... events) {
        return OFFICE.run(start, priority, List.of(events), null);
    }

    @Test
    void fridayAfternoonResponseIsDueMondayNoon() {
        SlaSimulator.Outcome outcome = run(ams("2026-03-13T16:00"), P2);

        assertThat(outcome.firstResponse().dueAt()).contains(ams("2026-03-16T12:00"));
        assertThat(outcome.at()).isEqualTo(ams("2026-03-13T16:00"));
    }

    @Test
    void saturdayMorningResponseIsDueMondayOnePm() {
        assertThat(run(ams("2026-03-14T10:00"), P2).firstResponse().dueAt()).contains(ams("2026-03-16T13:00"));
    }

    @Test
    void ticketCreatedAtClosingCountsFromTheNextOpening() {
        assertThat(run(ams("2026-03-13T17:00"), P2).firstResponse().dueAt()).contains(ams("2026-03-16T13:00"));
    }

    @Test
    void twentyFourSevenTargetCountsRealTimeAcrossTheSpringChange() {
        SlaSimulator simulator = new SlaSimulator(BusinessCalendar.twentyFourSeven(AMSTERDAM), TERMS);

        SlaSimulator.Outcome outcome = simulator.run(ams("2026-03-28T23:30"), P2, List.of(), null);

        assertThat(outcome.firstResponse().dueAt()).contains(Instant.parse("2026-03-29T02:30:00Z"));
    }

    @Test
    void warningsAndBreachFireAtTheInstantsTheyFallDueNotAtTheNextEvent() {
        SlaSimulator.Outcome outcome = OFFICE.run(MONDAY_0900, P2, List.of(), ams("2026-03-16T15:00"));

        assertThat(outcome.firstResponse().transitions())
                .extracting(SlaTransition::type, SlaTransition::at, SlaTransition::warningPercent)
                .containsExactly(
                        tuple(STARTED, MONDAY_0900, null),
                        tuple(WARNED, ams("2026-03-16T12:00"), 75),
                        tuple(WARNED, ams("2026-03-16T12:36"), 90),
                        tuple(BREACHED, ams("2026-03-16T13:00"), null));
        assertThat(outcome.firstResponse().everBreached()).isTrue();
    }

    @Test
    void breachFiresWhenEvaluatedExactlyAtTheDueDate() {
        SlaSimulator.Outcome outcome = OFFICE.run(MONDAY_0900, P1, List.of(), ams("2026-03-16T10:00"));

        assertThat(outcome.firstResponse().breachedInCycle()).isTrue();
        assertThat(outcome.resolution().breachedInCycle()).isFalse();
    }

    @Test
    void pauseFromMondayFourToTuesdayTenHoldsTwoBusinessHours() {
        SlaSimulator.Outcome outcome = run(
                MONDAY_0900,
                P2,
                new SlaSimulator.Event(PAUSE, ams("2026-03-16T16:00"), null, "WAITING_ON_REQUESTER"),
                event(RESUME, "2026-03-17T10:00"));

        SlaClock resolution = outcome.resolution();
        assertThat(resolution.excludedBusinessTime()).isEqualTo(Duration.ofHours(2));
        assertThat(resolution.dueAt()).contains(ams("2026-03-18T11:00"));
        assertThat(resolution.consumedBusinessTime(outcome.at())).isEqualTo(Duration.ofHours(7));
        assertThat(resolution.transitions())
                .extracting(SlaTransition::type, SlaTransition::pauseReason)
                .containsExactly(tuple(STARTED, null), tuple(PAUSED, "WAITING_ON_REQUESTER"), tuple(RESUMED, null));
    }

    @Test
    void pauseDoesNotStopTheFirstResponseClock() {
        SlaSimulator.Outcome outcome =
                run(MONDAY_0900, P2, event(PAUSE, "2026-03-16T10:00"), event(RESUME, "2026-03-16T16:00"));

        assertThat(outcome.firstResponse().dueAt()).contains(ams("2026-03-16T13:00"));
        assertThat(outcome.firstResponse().everBreached()).isTrue();
    }

    @Test
    void noWarningFiresWhilePausedButWhenTheClockRunsAgain() {
        SlaSimulator.Outcome outcome = run(
                MONDAY_0900,
                P1,
                event(PAUSE, "2026-03-16T11:00"),
                event(RESUME, "2026-03-17T09:00"),
                event(FIRST_RESPONSE, "2026-03-17T12:00"));

        assertThat(outcome.resolution().transitions())
                .filteredOn(transition -> transition.type() == WARNED)
                .extracting(SlaTransition::at, SlaTransition::warningPercent)
                .containsExactly(tuple(ams("2026-03-17T10:00"), 75), tuple(ams("2026-03-17T10:36"), 90));
    }

    @Test
    void priorityChangeThatPutsTheDueDateInThePastBreachesAtTheNewDueDate() {
        SlaSimulator.Outcome outcome = run(MONDAY_0900, P3, priorityChange("2026-03-16T15:00", P1));

        SlaClock resolution = outcome.resolution();
        assertThat(outcome.priority()).isEqualTo(P1);
        assertThat(resolution.dueAt()).contains(ams("2026-03-16T13:00"));
        assertThat(resolution.everBreached()).isTrue();
        assertThat(resolution.transitions())
                .extracting(SlaTransition::type, SlaTransition::at)
                .containsExactly(
                        tuple(STARTED, MONDAY_0900),
                        tuple(TARGET_CHANGED, ams("2026-03-16T15:00")),
                        tuple(BREACHED, ams("2026-03-16T13:00")));
    }

    @Test
    void everBreachedStaysTrueWhenThePriorityIsLoweredAgain() {
        SlaSimulator.Outcome outcome =
                run(MONDAY_0900, P3, priorityChange("2026-03-16T15:00", P1), priorityChange("2026-03-16T15:30", P3));

        assertThat(outcome.resolution().dueAt()).contains(ams("2026-03-20T17:00"));
        assertThat(outcome.resolution().everBreached()).isTrue();
    }

    @Test
    void resolvingStopsBothClocksAndReopeningSkipsTheTimeSpentResolved() {
        SlaSimulator.Outcome outcome =
                run(MONDAY_0900, P2, event(RESOLVE, "2026-03-16T10:00"), event(REOPEN, "2026-03-17T09:00"));

        assertThat(outcome.firstResponse().state()).isEqualTo(SlaClockState.MET);
        assertThat(outcome.resolution().state()).isEqualTo(SlaClockState.RUNNING);
        assertThat(outcome.resolution().cycle()).isEqualTo(2);
        assertThat(outcome.resolution().dueAt()).contains(ams("2026-03-18T16:00"));
        assertThat(outcome.resolution().transitions())
                .extracting(SlaTransition::type)
                .containsExactly(STARTED, MET, REOPENED);
    }

    @Test
    void firstResponseStopsOnlyTheFirstResponseClockAndOnlyOnce() {
        SlaSimulator.Outcome outcome = run(
                MONDAY_0900, P2, event(FIRST_RESPONSE, "2026-03-16T10:00"), event(FIRST_RESPONSE, "2026-03-16T11:00"));

        assertThat(outcome.firstResponse().state()).isEqualTo(SlaClockState.MET);
        assertThat(outcome.firstResponse().transitions())
                .extracting(SlaTransition::type, SlaTransition::at)
                .containsExactly(tuple(STARTED, MONDAY_0900), tuple(MET, ams("2026-03-16T10:00")));
        assertThat(outcome.resolution().state()).isEqualTo(SlaClockState.RUNNING);
    }

    @Test
    void lateFirstResponseIsMetLate() {
        SlaSimulator.Outcome outcome = run(MONDAY_0900, P1, event(FIRST_RESPONSE, "2026-03-16T11:00"));

        assertThat(outcome.firstResponse().state()).isEqualTo(SlaClockState.MET_LATE);
    }

    @Test
    void priorityChangeWhileResolvedAppliesWhenReopened() {
        SlaSimulator.Outcome outcome = run(
                MONDAY_0900,
                P3,
                event(RESOLVE, "2026-03-16T10:00"),
                priorityChange("2026-03-16T11:00", P2),
                event(REOPEN, "2026-03-16T12:00"));

        assertThat(outcome.resolution().target()).isEqualTo(Duration.ofMinutes(960));
        assertThat(outcome.resolution().excludedBusinessTime()).isEqualTo(Duration.ofHours(2));
        assertThat(outcome.resolution().dueAt()).contains(ams("2026-03-18T11:00"));
    }

    @Test
    void evaluatesAtTheLastEventByDefaultAndAtTheGivenInstantOtherwise() {
        assertThat(run(MONDAY_0900, P2, event(FIRST_RESPONSE, "2026-03-16T10:00"))
                        .at())
                .isEqualTo(ams("2026-03-16T10:00"));
        assertThat(OFFICE.run(MONDAY_0900, P2, List.of(), ams("2026-03-17T09:00"))
                        .at())
                .isEqualTo(ams("2026-03-17T09:00"));
    }

    @Test
    void eventsOutOfOrderAreABadRequestNamingTheEvent() {
        assertProblem(
                () -> run(MONDAY_0900, P2, event(PAUSE, "2026-03-16T12:00"), event(RESUME, "2026-03-16T11:00")),
                400,
                "events[1].at");
        assertProblem(() -> run(MONDAY_0900, P2, event(PAUSE, "2026-03-16T08:00")), 400, "events[0].at");
        assertProblem(
                () -> OFFICE.run(MONDAY_0900, P2, List.of(event(PAUSE, "2026-03-16T12:00")), ams("2026-03-16T11:00")),
                400,
                "at");
    }

    @Test
    void instantsFarOutOfRangeAreABadRequest() {
        assertProblem(() -> run(Instant.parse("9999-01-01T00:00:00Z"), P2), 400, "start");
    }

    @Test
    void eventsThatDoNotFitTheClockAreUnprocessable() {
        assertProblem(() -> run(MONDAY_0900, P2, event(RESUME, "2026-03-16T10:00")), 422, "events[0].type");
        assertProblem(
                () -> run(MONDAY_0900, P2, event(PAUSE, "2026-03-16T10:00"), event(PAUSE, "2026-03-16T11:00")),
                422,
                "events[1].type");
        assertProblem(() -> run(MONDAY_0900, P2, event(REOPEN, "2026-03-16T10:00")), 422, "events[0].type");
        assertProblem(
                () -> run(MONDAY_0900, P2, event(RESOLVE, "2026-03-16T10:00"), event(RESOLVE, "2026-03-16T11:00")),
                422,
                "events[1].type");
        assertProblem(
                () -> run(MONDAY_0900, P2, event(RESOLVE, "2026-03-16T10:00"), event(PAUSE, "2026-03-16T11:00")),
                422,
                "events[1].type");
    }

    @Test
    void prioritiesWithoutTargetsAreUnprocessable() {
        assertProblem(() -> run(MONDAY_0900, P4), 422, "priority");
        assertProblem(() -> run(MONDAY_0900, P2, priorityChange("2026-03-16T10:00", P4)), 422, "events[0].priority");
    }

    @Test
    void priorityChangeWithoutPriorityIsABadRequest() {
        assertProblem(
                () -> run(MONDAY_0900, P2, event(PRIORITY_CHANGE, "2026-03-16T10:00")), 400, "events[0].priority");
    }

    private static void assertProblem(Runnable simulation, int status, String field) {
        assertThatThrownBy(simulation::run)
                .isInstanceOf(status == 400 ? InvalidInput.class : RuleViolation.class)
                .isInstanceOfSatisfying(
                        DomainException.class,
                        problem -> assertThat(problem.errors())
                                .extracting(FieldError::field)
                                .containsExactly(field));
    }
}
