package io.tierdesk.webhook;

import io.tierdesk.event.EventHolder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/** Deliveries under event retention: finished ones go with it, pending ones keep their event. */
@ApplicationScoped
class DeliveryRetention implements EventHolder {

    private final EntityManager em;

    DeliveryRetention(EntityManager em) {
        this.em = em;
    }

    @Override
    @Transactional
    public int forgetFinished(OffsetDateTime cutoff, int limit) {
        return em.createNativeQuery("""
                        DELETE FROM webhook_deliveries WHERE id IN (
                            SELECT id FROM webhook_deliveries
                            WHERE status <> 'PENDING' AND completed_at < ?1
                            LIMIT ?2 FOR UPDATE SKIP LOCKED)""")
                .setParameter(1, cutoff)
                .setParameter(2, limit)
                .executeUpdate();
    }

    @Override
    public Set<UUID> holding(Collection<UUID> eventIds) {
        if (eventIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(
                em.createQuery("select distinct d.eventId from WebhookDelivery d where d.eventId in :ids", UUID.class)
                        .setParameter("ids", eventIds)
                        .getResultList());
    }
}
