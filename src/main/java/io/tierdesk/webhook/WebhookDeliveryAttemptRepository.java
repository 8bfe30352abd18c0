package io.tierdesk.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class WebhookDeliveryAttemptRepository implements PanacheRepositoryBase<WebhookDeliveryAttempt, UUID> {

    /** A delivery's attempts, oldest first. */
    List<WebhookDeliveryAttempt> page(UUID deliveryId, Long afterNumber, int fetch) {
        return afterNumber == null
                ? find("deliveryId = ?1 order by number", deliveryId)
                        .page(0, fetch)
                        .list()
                : find("deliveryId = ?1 and number > ?2 order by number", deliveryId, afterNumber.intValue())
                        .page(0, fetch)
                        .list();
    }

    /** Keeps an attempt as the next of its delivery's history. */
    void keep(
            WebhookDelivery delivery,
            Outcome outcome,
            OffsetDateTime attemptedAt,
            WebhookDeliveryAttempt.Result result) {
        getEntityManager()
                .createNativeQuery("""
                        INSERT INTO webhook_delivery_attempts (id, delivery_id, number, round, attempted_at,
                            status_code, latency_ms, response_body, error, outcome)
                        SELECT ?1, ?2, COALESCE(MAX(number), 0) + 1, ?3, ?4, ?5, ?6, ?7, ?8, ?9
                        FROM webhook_delivery_attempts WHERE delivery_id = ?2""")
                .setParameter(1, UUID.randomUUID())
                .setParameter(2, delivery.id)
                .setParameter(3, delivery.redeliveries)
                .setParameter(4, attemptedAt)
                .setParameter(5, outcome.statusCode())
                .setParameter(6, outcome.latencyMs())
                .setParameter(7, outcome.responseExcerpt())
                .setParameter(
                        8, outcome.error() == null ? null : outcome.error().name())
                .setParameter(9, result.name())
                .executeUpdate();
    }
}
