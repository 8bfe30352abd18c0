package io.tierdesk.ticketterms;

/** Where a ticket stands in its life, in workflow order. */
public enum TicketStatus {
    NEW,
    TRIAGED,
    IN_PROGRESS,
    WAITING_ON_REQUESTER,
    WAITING_ON_VENDOR,
    RESOLVED,
    CLOSED
}
