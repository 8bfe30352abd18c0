package io.tierdesk.ticket;

import io.tierdesk.common.Conflict;
import io.tierdesk.common.FieldError;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.escalation.EscalationRules;
import io.tierdesk.tier.SupportLevel;
import java.util.List;
import java.util.Set;

/** The step of the escalation graph that allows a ticket's escalation, or the refusal that names the allowed ones. */
final class EscalationSteps {

    private EscalationSteps() {}

    static EscalationRules.Step allowed(EscalationRules rules, Ticket ticket, SupportLevel to, boolean owningTeam) {
        SupportLevel from = ticket.supportLevel;
        return rules.step(from, to, ticket.tierId, owningTeam).orElseThrow(() -> {
            Set<SupportLevel> targets = rules.targets(from, ticket.tierId, owningTeam);
            String allowed = targets.isEmpty()
                    ? "escalates no further under escalation graph version " + rules.version()
                    : "escalates to " + targets + " under escalation graph version " + rules.version();
            List<FieldError> errors = List.of(new FieldError(
                    "to_level",
                    targets.isEmpty()
                            ? "no level is allowed from " + from
                            : "must be one of " + targets + " from " + from));
            if (rules.needsOwningTeam(from, to, ticket.tierId)) {
                return new RuleViolation(
                        "no-owning-team",
                        "No owning team",
                        "Escalating to " + to + " needs a solution with an owning team; this ticket at " + from + " "
                                + allowed + ".",
                        errors);
            }
            return new Conflict(
                    "illegal-escalation",
                    "Illegal escalation",
                    "A ticket at " + from + " " + allowed + ", not to " + to + ".",
                    errors);
        });
    }
}
