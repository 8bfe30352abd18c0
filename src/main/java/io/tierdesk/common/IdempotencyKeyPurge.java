package io.tierdesk.common;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Forgets idempotency keys after their retention period, in batches of one transaction each. Several replicas may
 * run it at once: each row is deleted once (the others skip it), and a key still in use is younger than the
 * retention.
 */
@ApplicationScoped
class IdempotencyKeyPurge {

    static final int BATCH = 1000;

    private final EntityManager em;
    private final Clock clock;
    private final BatchJob batches;
    private final Duration retention;

    IdempotencyKeyPurge(EntityManager em, Clock clock, BatchJob batches, IdempotencyConfig config) {
        this.em = em;
        this.clock = clock;
        this.batches = batches;
        this.retention = config.retention();
    }

    @Scheduled(
            every = "{tierdesk.idempotency.purge-every:1h}",
            delayed = "{tierdesk.idempotency.purge-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge();
    }

    /** Deletes the keys older than the retention; returns how many. */
    int purge() {
        OffsetDateTime cutoff = Timestamps.now(clock).minus(retention);
        return batches.untilShort(BATCH, () -> purgeBatch(cutoff));
    }

    @Transactional
    int purgeBatch(OffsetDateTime cutoff) {
        return em.createNativeQuery("""
                        DELETE FROM idempotency_keys WHERE (subject, idempotency_key) IN (
                            SELECT subject, idempotency_key FROM idempotency_keys
                            WHERE created_at < ?1
                            LIMIT ?2 FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, cutoff)
                .setParameter(2, BATCH)
                .executeUpdate();
    }
}
