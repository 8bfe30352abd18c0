package io.tierdesk.ticketterms;

/** How urgent a ticket is, most urgent first. */
public enum TicketPriority {
    P1,
    P2,
    P3,
    P4
}
