package io.tierdesk.ticket;

import java.util.UUID;

/**
 * Fired inside the transaction in which a ticket came to call for whoever is on call for the team holding it (see
 * {@link PagingTriggers}).
 */
public record PageRequested(UUID ticketId, String reason, Cause cause) {

    public enum Cause {
        /** An SLA breach escalated the ticket. */
        SLA_BREACH,
        /** The ticket was raised at a priority its tier pages for. */
        URGENT_RAISE
    }
}
