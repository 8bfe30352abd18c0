package io.tierdesk.solution;

import java.util.UUID;

/** Fired inside the transaction that moved a solution to another tier. */
public record SolutionTierChanged(UUID solutionId, String tierId) {}
