package io.tierdesk.ticket;

import io.tierdesk.common.Timestamps;
import io.tierdesk.solution.SolutionTierChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.OffsetDateTime;

/** When a solution changes tier, its open tickets take the new tier and their SLA clocks follow it. */
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
            ticket.tierId = event.tierId();
            sla.tierChanged(ticket, now);
        }
    }
}
