package io.tierdesk.ticket;

/** What a ticket history entry records; stored by name. */
public enum TicketHistoryKind {
    ROUTED,
    REROUTED,
    ESCALATED,
    STATUS_CHANGED,
    PRIORITY_CHANGED,
    CATEGORY_CHANGED,
    SLA_POLICY_CHANGED,
    ASSIGNED,
    REOPENED,
    PAGED,
    PAGE_ACKNOWLEDGED,
    PAGE_UNACKNOWLEDGED,
    PAGE_RESOLVED,
    PAGE_UNANSWERED,
    ADVISORY_LINKED
}
