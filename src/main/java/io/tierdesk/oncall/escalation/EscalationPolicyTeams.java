package io.tierdesk.oncall.escalation;

import io.tierdesk.team.TeamEscalationPolicies;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class EscalationPolicyTeams implements TeamEscalationPolicies {

    private final EscalationPolicyRepository policies;

    EscalationPolicyTeams(EscalationPolicyRepository policies) {
        this.policies = policies;
    }

    @Override
    public Optional<UUID> teamOf(UUID policyId) {
        return policies.findByIdOptional(policyId).map(policy -> policy.teamId);
    }
}
