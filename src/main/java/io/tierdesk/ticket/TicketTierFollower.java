package io.tierdesk.ticket;

import io.tierdesk.common.Timestamps;
import io.tierdesk.solution.SolutionTierChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * When a solution changes tier, the SLA clocks of its open tickets follow the new tier's policy, and the tickets
 * show the tier and support level they are served under now; they keep the tier they were raised under as their
 * snapshot.
 */
@ApplicationScoped
class TicketTierFollower {

    private final TicketRepository tickets;
    private final TicketSla sla;
    private final Clock clock;

    TicketTierFollower(TicketRepository tickets, TicketSla sla, Clock clock) {
        this.tickets = tickets;
        this.sla = sla;
        this.clock = clock;
    }

    void solutionTierChanged(@Observes SolutionTierChanged event) {
        OffsetDateTime now = Timestamps.now(clock);
        for (Ticket ticket : tickets.openOfSolution(event.solutionId())) {
            if (!event.tierId().equals(ticket.servedTierId)) {
                sla.tierChanged(ticket, event.tierId(), now);
            }
            ticket.servedTierId = event.tierId();
            ticket.servedSupportLevel = event.supportLevel();
        }
    }
}
