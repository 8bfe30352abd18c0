package io.tierdesk.event;

import io.quarkus.scheduler.Scheduled;
import io.tierdesk.common.Shutdown;
import io.tierdesk.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets events and webhook deliveries after their retention period: first the deliveries that finished (delivered
 * or failed) before it, then the events that were fanned out before it and have no delivery left. Events not yet
 * fanned out and pending deliveries are never touched. Deletes run in small batches, each its own transaction, and
 * several replicas may run them at once: a row is deleted once, the others skip it.
 */
@ApplicationScoped
public class EventRetention {

    static final int BATCH = 1000;

    private final EntityManager em;
    private final Clock clock;
    private final Shutdown shutdown;
    private final Duration retention;

    EventRetention(EntityManager em, Clock clock, Shutdown shutdown,
                   @ConfigProperty(name = "tierdesk.events.retention", defaultValue = "P30D") Duration retention) {
        this.em = em;
        this.clock = clock;
        this.shutdown = shutdown;
        this.retention = retention;
    }

    @Scheduled(every = "{tierdesk.events.purge-every:1h}", delayed = "{tierdesk.events.purge-delay:2m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge();
    }

    /** Deletes what is older than the retention, batch by batch until none is left; returns the events deleted. */
    public int purge() {
        OffsetDateTime cutoff = Timestamps.now(clock).minus(retention);
        while (!shutdown.requested() && purgeDeliveries(cutoff) == BATCH) {
            // the next batch
        }
        int events = 0;
        int deleted;
        do {
            deleted = shutdown.requested() ? 0 : purgeEvents(cutoff);
            events += deleted;
        } while (deleted == BATCH);
        return events;
    }

    @Transactional
    int purgeDeliveries(OffsetDateTime cutoff) {
        return em.createNativeQuery("""
                        DELETE FROM webhook_deliveries WHERE id IN (
                            SELECT id FROM webhook_deliveries
                            WHERE status <> 'PENDING' AND completed_at < ?1
                            LIMIT ?2 FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, cutoff).setParameter(2, BATCH).executeUpdate();
    }

    @Transactional
    int purgeEvents(OffsetDateTime cutoff) {
        return em.createNativeQuery("""
                        DELETE FROM outbox_events WHERE id IN (
                            SELECT e.id FROM outbox_events e
                            WHERE e.fanned_out_at < ?1
                              AND NOT EXISTS (SELECT 1 FROM webhook_deliveries d WHERE d.event_id = e.id)
                            LIMIT ?2 FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, cutoff).setParameter(2, BATCH).executeUpdate();
    }
}
