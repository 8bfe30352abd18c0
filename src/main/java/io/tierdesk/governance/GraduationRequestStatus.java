package io.tierdesk.governance;

/** Where a request to graduate a solution to a higher tier stands; stored by name. */
public enum GraduationRequestStatus {
    PENDING,
    APPROVED,
    REJECTED,
    COMPLETED,
    CANCELLED
}
