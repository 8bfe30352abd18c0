package io.tierdesk.ticket;

import io.tierdesk.solution.Solution;
import io.tierdesk.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * A breach that escalates a Critical solution's ticket pages whoever is on call for the team now holding it: the
 * paging side raises the page in the same transaction.
 */
@ApplicationScoped
class BreachPaging {

    private final Event<PageRequested> requested;

    BreachPaging(Event<PageRequested> requested) {
        this.requested = requested;
    }

    /** Whether a breach escalation of this ticket pages anyone: its solution is Critical now. */
    static boolean pagesFor(Ticket ticket, Solution solution) {
        String tier = solution != null ? solution.tierId : ticket.tierId;
        return Tier.CRITICAL.equals(tier);
    }

    void page(Ticket ticket, String reason) {
        requested.fire(new PageRequested(ticket.id, reason));
    }
}
