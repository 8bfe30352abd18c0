package io.tierdesk.governance;

/** Where a handoff of a solution's support stands; stored by name. */
public enum HandoffStatus {
    PROPOSED,
    ACCEPTED,
    REJECTED,
    IN_PROGRESS,
    COMPLETED,
    CANCELLED
}
