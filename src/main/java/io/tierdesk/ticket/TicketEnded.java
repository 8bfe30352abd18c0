package io.tierdesk.ticket;

import java.util.UUID;

/** Fired inside the transaction that resolved or closed a ticket: whatever still asks for a response about it ends. */
public record TicketEnded(UUID ticketId) {}
