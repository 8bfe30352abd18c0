package io.tierdesk.sla.simulator;

import io.tierdesk.api.model.SlaSimulationDto;
import io.tierdesk.api.model.SlaSimulationEventDto;
import io.tierdesk.api.model.SlaSimulationRequestDto;
import io.tierdesk.api.model.TicketPriorityDto;
import io.tierdesk.calendar.CalendarService;
import io.tierdesk.common.Enums;
import io.tierdesk.common.FieldError;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.sla.clock.SlaClockReports;
import io.tierdesk.sla.policy.SlaPolicy;
import io.tierdesk.sla.policy.SlaPolicyService;
import io.tierdesk.sla.policy.SlaPolicyTerms;
import io.tierdesk.ticketterms.TicketPriority;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Simulates a policy version for a made-up ticket; reads the policy and its calendar, stores nothing. */
@ApplicationScoped
public class SlaSimulationService {

    private final SlaPolicyService policies;
    private final CalendarService calendars;

    SlaSimulationService(SlaPolicyService policies, CalendarService calendars) {
        this.policies = policies;
        this.calendars = calendars;
    }

    public SlaSimulationDto simulate(UUID policyId, SlaSimulationRequestDto request) {
        SlaPolicy policy = policies.get(policyId);
        long version = request.getPolicyVersion() == null ? policy.version : request.getPolicyVersion();
        SlaPolicyTerms terms = policies.storedTerms(policyId, version)
                .orElseThrow(() -> unprocessable(
                        "unknown-policy-version",
                        "Unknown policy version",
                        "policy_version",
                        "The policy has no version " + version + "; its current version is " + policy.version + "."));
        String tierId = request.getTierId();
        if (tierId != null && !terms.tierIds().contains(tierId)) {
            throw unprocessable(
                    "sla-policy-not-applicable",
                    "Policy does not apply",
                    "tier_id",
                    "The policy does not target tier '" + tierId + "'.");
        }
        List<SlaSimulator.Event> events = request.getEvents() == null
                ? List.of()
                : request.getEvents().stream().map(SlaSimulationService::event).toList();
        SlaSimulator.Outcome outcome;
        try {
            outcome = new SlaSimulator(calendars.businessCalendar(terms.calendarId()), terms)
                    .run(
                            request.getStart().toInstant(),
                            Enums.same(request.getPriority(), TicketPriority.class),
                            events,
                            instant(request.getAt()));
        } catch (IllegalStateException noBusinessTime) {
            throw new RuleViolation(
                    "calendar-without-business-time",
                    "Calendar without business time",
                    "The policy's calendar has no business time within three years of these instants.");
        }
        return new SlaSimulationDto()
                .policyId(policyId)
                .policyVersion(version)
                .calendarId(terms.calendarId())
                .priority(Enums.same(outcome.priority(), TicketPriorityDto.class))
                .at(OffsetDateTime.ofInstant(outcome.at(), ZoneOffset.UTC))
                .firstResponse(SlaClockReports.of(outcome.firstResponse(), outcome.at()))
                .resolution(SlaClockReports.of(outcome.resolution(), outcome.at()));
    }

    private static SlaSimulator.Event event(SlaSimulationEventDto event) {
        return new SlaSimulator.Event(
                event.getType(),
                event.getAt().toInstant(),
                Enums.same(event.getPriority(), TicketPriority.class),
                event.getReason());
    }

    private static Instant instant(OffsetDateTime dateTime) {
        return dateTime == null ? null : dateTime.toInstant();
    }

    private static RuleViolation unprocessable(String type, String title, String field, String detail) {
        return new RuleViolation(type, title, detail, List.of(new FieldError(field, detail)));
    }
}
