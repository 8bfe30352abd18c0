package io.tierdesk.sla.policy;

import io.tierdesk.calendar.BusinessCalendar;
import io.tierdesk.sla.clock.SlaMetric;
import io.tierdesk.ticketterms.TicketStatus;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The SLA terms that apply to one ticket priority under one version of a policy: what a ticket pins when its clocks
 * start. The calendar is the calendar's current definition (holidays added later apply to running clocks too).
 *
 * @param warningThresholds percentages of the target (1–99), ascending
 */
public record ResolvedSlaPolicy(
        UUID policyId,
        long policyVersion,
        BusinessCalendar calendar,
        UUID calendarId,
        Duration firstResponseTarget,
        Duration resolutionTarget,
        Set<TicketStatus> pauseStatuses,
        List<Integer> warningThresholds,
        boolean escalateOnBreach) {

    public ResolvedSlaPolicy {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(firstResponseTarget, "firstResponseTarget");
        Objects.requireNonNull(resolutionTarget, "resolutionTarget");
        pauseStatuses = Set.copyOf(pauseStatuses);
        warningThresholds = List.copyOf(warningThresholds);
    }

    /** The target of one clock. */
    public Duration target(SlaMetric metric) {
        return metric == SlaMetric.FIRST_RESPONSE ? firstResponseTarget : resolutionTarget;
    }

    /** Whether a ticket in this status pauses its resolution clock. */
    public boolean pausesIn(TicketStatus status) {
        return pauseStatuses.contains(status);
    }
}
