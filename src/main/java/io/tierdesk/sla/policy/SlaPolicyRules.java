package io.tierdesk.sla.policy;

import io.tierdesk.common.FieldError;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.ticketterms.TicketPriority;
import io.tierdesk.ticketterms.TicketStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The rules a policy version must satisfy on its own, and when two policies collide. */
final class SlaPolicyRules {

    /**
     * Statuses that may pause the resolution clock. IN_PROGRESS is when the work happens; RESOLVED and CLOSED stop
     * the clock (a reopen resumes it) rather than pause it.
     */
    static final Set<TicketStatus> PAUSABLE = EnumSet.of(
            TicketStatus.NEW, TicketStatus.TRIAGED, TicketStatus.WAITING_ON_REQUESTER, TicketStatus.WAITING_ON_VENDOR);

    private SlaPolicyRules() {}

    /** A 422 problem listing every broken rule; field names index the request's lists. */
    static void check(SlaPolicyTerms terms) {
        List<FieldError> errors = new ArrayList<>();
        Set<TicketPriority> targeted = EnumSet.noneOf(TicketPriority.class);
        for (int i = 0; i < terms.targets().size(); i++) {
            SlaPolicyTerms.Target target = terms.targets().get(i);
            String field = "targets[" + i + "]";
            if (!terms.priorities().contains(target.priority())) {
                errors.add(new FieldError(field + ".priority", "is not one of the policy's priorities"));
            } else if (!targeted.add(target.priority())) {
                errors.add(new FieldError(field + ".priority", "has a target already"));
            }
            if (target.firstResponseMinutes() > target.resolutionMinutes()) {
                errors.add(new FieldError(field + ".first_response_minutes", "must not exceed resolution_minutes"));
            }
        }
        for (TicketPriority priority : EnumSet.copyOf(terms.priorities())) {
            if (!targeted.contains(priority)) {
                errors.add(new FieldError("targets", "has no target for " + priority));
            }
        }
        for (int i = 0; i < terms.pauseStatuses().size(); i++) {
            if (!PAUSABLE.contains(terms.pauseStatuses().get(i))) {
                errors.add(new FieldError(
                        "pause_statuses[" + i + "]",
                        "must be one of " + PAUSABLE + "; resolving stops the clock instead"));
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(
                    "invalid-sla-policy",
                    "Invalid SLA policy",
                    "The policy breaks " + errors.size() + " rule" + (errors.size() == 1 ? "." : "s."),
                    errors);
        }
    }

    /**
     * A (tier, priority) both policies target, described for a problem, if there is one. A fast lane never
     * collides with a tier-only policy (it outranks it), and two fast lanes only when they share a category.
     */
    static Optional<String> overlap(SlaPolicyTerms a, SlaPolicyTerms b) {
        if (a.fastLane() != b.fastLane()
                || (a.fastLane() && a.categories().stream().noneMatch(b.categories()::contains))) {
            return Optional.empty();
        }
        for (String tier : a.tierIds()) {
            for (TicketPriority priority : a.priorities()) {
                if (b.tierIds().contains(tier) && b.priorities().contains(priority)) {
                    return Optional.of("tier '" + tier + "' and priority " + priority);
                }
            }
        }
        return Optional.empty();
    }
}
