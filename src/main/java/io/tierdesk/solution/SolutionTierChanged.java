package io.tierdesk.solution;

import io.tierdesk.tier.SupportLevel;
import java.util.UUID;

/**
 * Fired inside the transaction that moved a solution to another tier or support level; {@code tierId} and
 * {@code supportLevel} are the solution's now.
 */
public record SolutionTierChanged(UUID solutionId, String tierId, SupportLevel supportLevel) {}
