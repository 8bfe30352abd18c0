package io.tierdesk.ticket;

import io.quarkus.scheduler.Scheduled;
import io.tierdesk.common.BatchJob;
import io.tierdesk.sla.clock.SlaClock;
import io.tierdesk.sla.clock.SlaTransition;
import io.tierdesk.sla.store.SlaClockStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Fires SLA warnings and breaches as they come due. Each batch claims due clocks with FOR UPDATE SKIP LOCKED, so
 * replicas never process the same clock at once; what fired is stored with the clock in the same transaction (and
 * a unique index on the events), so nothing fires twice across restarts. The work is proportional to the clocks
 * that are due, found through the index on their next check time.
 */
@ApplicationScoped
public class SlaScanner {

    private static final Logger LOG = Logger.getLogger(SlaScanner.class);

    private final SlaClockStore clocks;
    private final TicketClocks ticketClocks;
    private final TicketRepository tickets;
    private final TicketSla sla;
    private final TicketWorkflow workflow;
    private final SlaEvents events;
    private final Clock clock;
    private final BatchJob batches;
    private final int batchSize;

    SlaScanner(
            SlaClockStore clocks,
            TicketClocks ticketClocks,
            TicketRepository tickets,
            TicketSla sla,
            TicketWorkflow workflow,
            SlaEvents events,
            Clock clock,
            BatchJob batches,
            SlaScanConfig config) {
        this.clocks = clocks;
        this.ticketClocks = ticketClocks;
        this.tickets = tickets;
        this.sla = sla;
        this.workflow = workflow;
        this.events = events;
        this.clock = clock;
        this.batches = batches;
        this.batchSize = config.scanBatch();
    }

    @Scheduled(
            every = "{tierdesk.sla.scan-every:15s}",
            delayed = "{tierdesk.sla.scan-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledScan() {
        batches.untilShort(batchSize, this::scanBatch);
    }

    /**
     * Checks one batch of due clocks; returns how many were claimed. A breach may escalate the ticket, which is
     * journaled as the system: the request context is active wherever the scan runs.
     */
    @ActivateRequestContext
    @Transactional
    public int scanBatch() {
        Instant now = clock.instant();
        var due = ticketClocks.claimDue(now, batchSize);
        for (SlaClockStore.Stored stored : due) {
            SlaClock checked =
                    stored.clock().check(notBeforeLastChange(stored.clock(), now), stored.row().warningThresholds);
            clocks.save(stored.row(), checked);
            Ticket ticket = tickets.findById(stored.row().key.ticketId());
            events.publish(ticket, checked);
            boolean breached = checked.newTransitions().stream().anyMatch(t -> t.type() == SlaTransition.Type.BREACHED);
            if (breached && stored.row().escalateOnBreach && ticket.isOpen()) {
                workflow.escalateAutomatically(ticket, "The " + checked.metric() + " SLA was breached.");
            }
            sla.refresh(ticket);
        }
        if (!due.isEmpty()) {
            LOG.debugf("SLA scan checked %d clocks", due.size());
        }
        return due.size();
    }

    /**
     * A replica whose time runs slightly ahead may have changed the clock "after" this scan's now; the clock is
     * checked as of that change rather than refused, which would fail the whole batch on every scan until then.
     */
    private static Instant notBeforeLastChange(SlaClock slaClock, Instant now) {
        Instant lastChange = slaClock.snapshot().lastChangedAt();
        return now.isBefore(lastChange) ? lastChange : now;
    }
}
