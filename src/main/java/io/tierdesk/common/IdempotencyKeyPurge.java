package io.tierdesk.common;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Forgets idempotency keys after their retention period. A plain DELETE by age is safe when several replicas run
 * it at once: each row is deleted once, and a key still in use is younger than the retention.
 */
@ApplicationScoped
class IdempotencyKeyPurge {

    private final EntityManager em;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeyPurge(EntityManager em, Clock clock,
            @ConfigProperty(name = "tierdesk.idempotency.retention", defaultValue = "P1D") Duration retention) {
        this.em = em;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(every = "{tierdesk.idempotency.purge-every:1h}", delayed = "{tierdesk.idempotency.purge-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledPurge() {
        purge();
    }

    @Transactional
    int purge() {
        return em.createNativeQuery("DELETE FROM idempotency_keys WHERE created_at < ?1")
                .setParameter(1, Timestamps.now(clock).minus(retention))
                .executeUpdate();
    }
}
