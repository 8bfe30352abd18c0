package io.tierdesk.ticket;

import java.util.UUID;

/**
 * Fired inside the transaction in which an SLA breach escalated a Critical solution's ticket: whoever is on call for
 * the team now holding it is to be paged.
 */
public record PageRequested(UUID ticketId, String reason) {}
