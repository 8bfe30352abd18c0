package io.tierdesk.team;

import java.util.Optional;
import java.util.UUID;

/** Which team an escalation policy belongs to, answered by the on-call side that owns the policies. */
public interface TeamEscalationPolicies {

    /** The team of the policy; empty when there is no such policy. */
    Optional<UUID> teamOf(UUID policyId);
}
