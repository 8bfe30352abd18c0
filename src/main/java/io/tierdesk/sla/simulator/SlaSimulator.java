package io.tierdesk.sla.simulator;

import io.tierdesk.api.model.SlaSimulationEventTypeDto;
import io.tierdesk.calendar.BusinessCalendar;
import io.tierdesk.common.FieldError;
import io.tierdesk.common.InvalidInput;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.sla.clock.SlaClock;
import io.tierdesk.sla.clock.SlaClockState;
import io.tierdesk.sla.clock.SlaMetric;
import io.tierdesk.sla.policy.SlaPolicyTerms;
import io.tierdesk.ticketterms.TicketPriority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Runs a ticket's first-response and resolution clocks under one policy version through a sequence of events,
 * without storing anything. Between events the clocks are checked at the exact instants their warnings and breach
 * fall due, so the transitions show when each would have fired, not when the next event happened to look.
 *
 * <p>Event semantics: PAUSE/RESUME act on the resolution clock only; RESOLVE stops the resolution clock and, when
 * nobody has responded yet, the first-response clock; REOPEN resumes resolution without counting the time spent
 * resolved; FIRST_RESPONSE stops the first-response clock (later ones change nothing); PRIORITY_CHANGE recomputes
 * the targets of the clocks still running from their start.
 */
final class SlaSimulator {

    private static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2200-01-01T00:00:00Z");

    record Event(SlaSimulationEventTypeDto type, Instant at, TicketPriority priority, String reason) {
        Event {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Both clocks at {@code at}, the instant they were evaluated at; {@code priority} is the last one in force. */
    record Outcome(TicketPriority priority, Instant at, SlaClock firstResponse, SlaClock resolution) {}

    private final BusinessCalendar calendar;
    private final SlaPolicyTerms terms;

    SlaSimulator(BusinessCalendar calendar, SlaPolicyTerms terms) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.terms = Objects.requireNonNull(terms, "terms");
    }

    /**
     * @param at the instant to report at; null for the last event's instant (or the start without events)
     * @throws InvalidInput for instants out of order or range; RuleViolation for an event the clocks cannot take
     *                       or a priority the policy has no target for
     */
    Outcome run(Instant start, TicketPriority priority, List<Event> events, Instant at) {
        Instant evaluatedAt = requireChronological(start, events, at);
        SlaPolicyTerms.Target target = target(priority, "priority");
        Ticket ticket = new Ticket(
                priority,
                SlaClock.start(SlaMetric.FIRST_RESPONSE, calendar, start, target.firstResponse()),
                SlaClock.start(SlaMetric.RESOLUTION, calendar, start, target.resolution()));
        for (int i = 0; i < events.size(); i++) {
            ticket.advanceTo(events.get(i).at());
            ticket.apply(events.get(i), "events[" + i + "]");
        }
        ticket.advanceTo(evaluatedAt);
        return new Outcome(ticket.priority, evaluatedAt, ticket.firstResponse, ticket.resolution);
    }

    /** The mutable state of one simulated ticket. */
    private final class Ticket {
        private TicketPriority priority;
        private SlaClock firstResponse;
        private SlaClock resolution;

        Ticket(TicketPriority priority, SlaClock firstResponse, SlaClock resolution) {
            this.priority = priority;
            this.firstResponse = firstResponse;
            this.resolution = resolution;
        }

        void advanceTo(Instant instant) {
            firstResponse = fireDue(firstResponse, instant);
            resolution = fireDue(resolution, instant);
        }

        void apply(Event event, String field) {
            Instant at = event.at();
            switch (event.type()) {
                case PAUSE -> {
                    requireState(resolution, SlaClockState.RUNNING, event, field);
                    String reason = event.reason() == null || event.reason().isBlank() ? "PAUSE" : event.reason();
                    resolution = resolution.pause(at, reason);
                }
                case RESUME -> {
                    requireState(resolution, SlaClockState.PAUSED, event, field);
                    resolution = resolution.resume(at);
                }
                case PRIORITY_CHANGE -> {
                    if (event.priority() == null) {
                        throw InvalidInput.field(field + ".priority", "is required for PRIORITY_CHANGE");
                    }
                    SlaPolicyTerms.Target target = target(event.priority(), field + ".priority");
                    priority = event.priority();
                    firstResponse = stopped(firstResponse)
                            ? firstResponse
                            : firstResponse.changeTarget(at, target.firstResponse());
                    resolution = stopped(resolution) ? resolution : resolution.changeTarget(at, target.resolution());
                }
                case RESOLVE -> {
                    if (stopped(resolution)) {
                        throw invalidEvent(event, field, "the ticket is already resolved");
                    }
                    firstResponse = stopped(firstResponse) ? firstResponse : firstResponse.stop(at);
                    resolution = resolution.stop(at);
                }
                case REOPEN -> {
                    if (!stopped(resolution)) {
                        throw invalidEvent(event, field, "the ticket is not resolved");
                    }
                    // A priority change while resolved takes effect when the clock runs again.
                    resolution = resolution
                            .reopen(at)
                            .changeTarget(at, target(priority, field).resolution());
                }
                case FIRST_RESPONSE -> firstResponse = stopped(firstResponse) ? firstResponse : firstResponse.stop(at);
                default -> throw new IllegalArgumentException("unknown event " + event.type());
            }
        }
    }

    /** Fires the warnings and the breach that fall due up to {@code until}, each at its own instant. */
    private SlaClock fireDue(SlaClock clock, Instant until) {
        while (clock.state() == SlaClockState.RUNNING && !clock.breachedInCycle()) {
            Instant next = nextFiring(clock);
            if (next.isAfter(until)) {
                return clock;
            }
            Instant lastChange = clock.snapshot().lastChangedAt();
            SlaClock checked = clock.check(next.isBefore(lastChange) ? lastChange : next, terms.warningThresholds());
            if (checked.newTransitions().isEmpty()) {
                return clock;
            }
            clock = checked;
        }
        return clock;
    }

    /** The earliest instant at which a warning not yet fired in this cycle, or the breach, falls due. */
    private Instant nextFiring(SlaClock clock) {
        Instant next = clock.dueAt().orElseThrow();
        for (int percent : terms.warningThresholds()) {
            if (!clock.snapshot().firedWarnings().contains(percent)) {
                Duration share = clock.target().multipliedBy(percent).dividedBy(100);
                Instant reached = calendar.addBusinessTime(clock.startedAt(), share.plus(clock.excludedBusinessTime()));
                if (reached.isBefore(next)) {
                    next = reached;
                }
            }
        }
        return next;
    }

    private SlaPolicyTerms.Target target(TicketPriority priority, String field) {
        return terms.target(priority)
                .orElseThrow(() -> new RuleViolation(
                        "priority-not-covered",
                        "Priority not covered",
                        "The policy has no target for " + priority + ".",
                        List.of(new FieldError(field, "has no target in this policy"))));
    }

    private static Instant requireChronological(Instant start, List<Event> events, Instant at) {
        requireInRange(start, "start");
        Instant previous = start;
        for (int i = 0; i < events.size(); i++) {
            Instant instant = events.get(i).at();
            String field = "events[" + i + "].at";
            requireInRange(instant, field);
            if (instant.isBefore(previous)) {
                throw InvalidInput.field(
                        field, i == 0 ? "must not precede start" : "must not precede events[" + (i - 1) + "].at");
            }
            previous = instant;
        }
        if (at == null) {
            return previous;
        }
        requireInRange(at, "at");
        if (at.isBefore(previous)) {
            throw InvalidInput.field("at", "must not precede the last event or the start");
        }
        return at;
    }

    private static void requireInRange(Instant instant, String field) {
        if (instant.isBefore(EARLIEST) || !instant.isBefore(LATEST)) {
            throw InvalidInput.field(field, "must lie between 1970 and 2199");
        }
    }

    private static boolean stopped(SlaClock clock) {
        return clock.state() == SlaClockState.MET || clock.state() == SlaClockState.MET_LATE;
    }

    private static void requireState(SlaClock clock, SlaClockState expected, Event event, String field) {
        if (clock.state() != expected) {
            throw invalidEvent(event, field, "the resolution clock is " + clock.state());
        }
    }

    private static RuleViolation invalidEvent(Event event, String field, String why) {
        return new RuleViolation(
                "invalid-sla-event",
                "Invalid SLA event",
                field + " (" + event.type() + ") does not fit: " + why + ".",
                List.of(new FieldError(field + ".type", "does not fit: " + why)));
    }
}
