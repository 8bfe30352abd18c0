package io.tierdesk.event;

import io.quarkus.scheduler.Scheduled;
import io.tierdesk.common.BatchJob;
import io.tierdesk.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Forgets events and what refers to them after their retention period: first each {@link EventHolder} forgets its
 * rows that finished (for webhooks: deliveries delivered or failed) before it, then the events that were fanned out
 * before it and that no holder refers to any more. Events not yet fanned out, and events a holder still refers to
 * (a pending delivery), are never touched. Deletes run in small batches, each its own transaction, and several
 * replicas may run them at once: a row is deleted once, the others skip it.
 */
@ApplicationScoped
public class EventRetention {

    static final int BATCH = 1000;

    private static final OffsetDateTime BEFORE_ALL = OffsetDateTime.parse("1970-01-01T00:00:00Z");

    private final EntityManager em;
    private final Clock clock;
    private final BatchJob batches;
    private final Instance<EventHolder> holders;
    private final Duration retention;

    EventRetention(
            EntityManager em,
            Clock clock,
            BatchJob batches,
            Instance<EventHolder> holders,
            EventRetentionConfig config) {
        this.em = em;
        this.clock = clock;
        this.batches = batches;
        this.holders = holders;
        this.retention = config.retention();
    }

    @Scheduled(
            every = "{tierdesk.events.purge-every:1h}",
            delayed = "{tierdesk.events.purge-delay:2m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge();
    }

    /** Deletes what is older than the retention, batch by batch until none is left; returns the events deleted. */
    public int purge() {
        OffsetDateTime cutoff = Timestamps.now(clock).minus(retention);
        for (EventHolder holder : holders) {
            batches.untilShort(BATCH, () -> holder.forgetFinished(cutoff, BATCH));
        }
        Sweep sweep = new Sweep(cutoff);
        batches.untilShort(BATCH, () -> purgeEvents(sweep));
        return sweep.deleted;
    }

    /** How far one purge got through the events older than its cutoff, in (fanned out, id) order. */
    static final class Sweep {
        final OffsetDateTime cutoff;
        OffsetDateTime afterFannedOut = BEFORE_ALL;
        UUID afterId = new UUID(0, 0);
        int deleted;

        Sweep(OffsetDateTime cutoff) {
            this.cutoff = cutoff;
        }
    }

    /**
     * Claims the next batch of events fanned out before the cutoff and deletes those no holder refers to; returns
     * how many it claimed. The claim goes on past kept events, so events kept for long never stall the purge.
     */
    @Transactional
    @SuppressWarnings("unchecked")
    int purgeEvents(Sweep sweep) {
        List<Object[]> claimed = em.createNativeQuery("""
                        SELECT e.id, e.fanned_out_at FROM outbox_events e
                        WHERE e.fanned_out_at < ?1 AND (e.fanned_out_at, e.id) > (?2, ?3)
                        ORDER BY e.fanned_out_at, e.id
                        LIMIT ?4 FOR UPDATE SKIP LOCKED""")
                .setParameter(1, sweep.cutoff)
                .setParameter(2, sweep.afterFannedOut)
                .setParameter(3, sweep.afterId)
                .setParameter(4, BATCH)
                .getResultList();
        if (claimed.isEmpty()) {
            return 0;
        }
        Object[] last = claimed.get(claimed.size() - 1);
        sweep.afterId = (UUID) last[0];
        sweep.afterFannedOut = fannedOut(last[1]);
        Set<UUID> unheld = new HashSet<>();
        claimed.forEach(row -> unheld.add((UUID) row[0]));
        for (EventHolder holder : holders) {
            unheld.removeAll(holder.holding(List.copyOf(unheld)));
        }
        if (!unheld.isEmpty()) {
            sweep.deleted += em.createQuery("delete from OutboxEvent e where e.id in :ids")
                    .setParameter("ids", unheld)
                    .executeUpdate();
        }
        return claimed.size();
    }

    private static OffsetDateTime fannedOut(Object column) {
        if (column instanceof OffsetDateTime at) {
            return at;
        }
        return ((Instant) column).atOffset(ZoneOffset.UTC);
    }
}
