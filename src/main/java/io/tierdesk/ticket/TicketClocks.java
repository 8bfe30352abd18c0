package io.tierdesk.ticket;

import io.tierdesk.common.Timestamps;
import io.tierdesk.sla.OpenTicketClocks;
import io.tierdesk.sla.clock.SlaMetric;
import io.tierdesk.sla.store.SlaClockStore;
import io.tierdesk.ticketterms.TicketPriority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Ticket SLA clocks seen together with their tickets: the queries that read both. */
@ApplicationScoped
class TicketClocks implements OpenTicketClocks {

    private final EntityManager em;
    private final SlaClockStore clocks;

    TicketClocks(EntityManager em, SlaClockStore clocks) {
        this.em = em;
        this.clocks = clocks;
    }

    /**
     * Locks up to {@code limit} clocks due for a check at {@code now}, skipping those another scanner holds, so
     * several replicas share the work without doing any of it twice. Must run in a transaction.
     */
    @SuppressWarnings("unchecked")
    List<SlaClockStore.Stored> claimDue(Instant now, int limit) {
        // The ticket is locked with its clock: both clocks of a ticket (and the ticket row the check updates)
        // go to one scanner, so two replicas never update the same ticket at once.
        List<Object[]> keys = em.createNativeQuery("""
                SELECT c.ticket_id, c.metric FROM sla_clocks c JOIN tickets t ON t.id = c.ticket_id
                WHERE c.next_check_at <= ?1
                ORDER BY c.next_check_at
                LIMIT ?2
                FOR UPDATE OF c, t SKIP LOCKED""")
                .setParameter(1, Timestamps.utc(now.atOffset(ZoneOffset.UTC)))
                .setParameter(2, limit)
                .getResultList();
        List<SlaClockStore.Stored> claimed = new ArrayList<>();
        for (Object[] key : keys) {
            clocks.load((UUID) key[0], SlaMetric.valueOf((String) key[1])).ifPresent(claimed::add);
        }
        return claimed;
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Pinned> pinnedBefore(UUID policyId, long version) {
        List<Object[]> rows = em.createNativeQuery("""
                SELECT c.ticket_id, c.metric, t.priority FROM sla_clocks c JOIN tickets t ON t.id = c.ticket_id
                WHERE c.policy_id = ?1 AND c.policy_version < ?2 AND t.status NOT IN ('RESOLVED', 'CLOSED')
                ORDER BY c.ticket_id, c.metric""")
                .setParameter(1, policyId)
                .setParameter(2, version)
                .getResultList();
        List<Pinned> pinned = new ArrayList<>();
        for (Object[] row : rows) {
            pinned.add(new Pinned(
                    (UUID) row[0], SlaMetric.valueOf((String) row[1]), TicketPriority.valueOf((String) row[2])));
        }
        return pinned;
    }
}
