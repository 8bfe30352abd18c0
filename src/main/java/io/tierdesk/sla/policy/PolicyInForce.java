package io.tierdesk.sla.policy;

import java.util.UUID;

/** Which version of which policy applies to a ticket, and the version of its calendar. */
public record PolicyInForce(UUID policyId, long version, UUID calendarId, long calendarVersion) {

    /** From a row of {@link SlaPolicyRepository#IN_FORCE_SQL}'s columns, starting at {@code offset}; null when absent. */
    public static PolicyInForce of(Object[] row, int offset) {
        if (row[offset] == null) {
            return null;
        }
        return new PolicyInForce(
                (UUID) row[offset],
                ((Number) row[offset + 1]).longValue(),
                (UUID) row[offset + 2],
                ((Number) row[offset + 3]).longValue());
    }
}
