package io.tierdesk.ticket;

import io.tierdesk.solution.Solution;
import io.tierdesk.tier.Tier;
import io.tierdesk.tier.TierService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

/**
 * When a ticket pages whoever is on call for the team holding it, as its tier says ({@code Tier.paging}): an SLA
 * breach that escalates it, or its being raised at an urgent priority. The paging side raises the page in the same
 * transaction.
 */
@ApplicationScoped
class PagingTriggers {

    private final Event<PageRequested> requested;
    private final TierService tiers;

    PagingTriggers(Event<PageRequested> requested, TierService tiers) {
        this.requested = requested;
        this.tiers = tiers;
    }

    /** A breach escalated the ticket: page when the tier its solution is in now pages on breaches. */
    void breached(Ticket ticket, Solution solution, String reason) {
        String tierId = solution != null ? solution.tierId : ticket.tierId;
        if (tiers.get(tierId).pageOnBreach) {
            requested.fire(new PageRequested(ticket.id, reason, PageRequested.Cause.SLA_BREACH));
        }
    }

    /** The ticket was just raised: page when its tier pages for its priority and a team holds it. */
    void raised(Ticket ticket, Tier tier) {
        if (ticket.teamId != null && tier.pagesOnRaise(ticket.priority)) {
            requested.fire(new PageRequested(
                    ticket.id,
                    "Raised at " + ticket.priority + " in tier " + tier.id + ", which pages for "
                            + tier.pageOnRaisePriority + " and above.",
                    PageRequested.Cause.URGENT_RAISE));
        }
    }
}
