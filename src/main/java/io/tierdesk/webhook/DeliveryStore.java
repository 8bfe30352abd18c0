package io.tierdesk.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierdesk.common.Timestamps;
import io.tierdesk.event.Outbox;
import io.tierdesk.event.OutboxEvent;
import io.tierdesk.journal.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.jpa.HibernateHints;

/**
 * The dispatcher's short transactions: fan events out to deliveries, claim due deliveries, record outcomes. No HTTP
 * call happens inside any of them.
 */
@ApplicationScoped
class DeliveryStore {

    /** Serialises the fan-out across replicas, so deliveries of one resource get sequence numbers in event order. */
    private static final long FAN_OUT_LOCK = 0x7469657264657368L;

    private final EntityManager em;
    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookDeliveryAttemptRepository attempts;
    private final Outbox outbox;
    private final Journal journal;
    private final ObjectMapper mapper;
    private final WebhookConfig config;
    private final Backoff backoff;
    private final Clock clock;

    DeliveryStore(
            EntityManager em,
            WebhookSubscriptionRepository subscriptions,
            WebhookDeliveryRepository deliveries,
            WebhookDeliveryAttemptRepository attempts,
            Outbox outbox,
            Journal journal,
            ObjectMapper mapper,
            WebhookConfig config,
            Clock clock) {
        this.em = em;
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.outbox = outbox;
        this.journal = journal;
        this.mapper = mapper;
        this.config = config;
        this.backoff = new Backoff(config.retryBase(), config.retryMaxDelay());
        this.clock = clock;
    }

    /**
     * Turns up to {@code limit} waiting events into one delivery per matching enabled subscription that existed when
     * the event happened. Returns how many
     * events were handled; 0 also when another replica holds the fan-out.
     */
    @Transactional
    int fanOut(int limit) {
        Boolean mine = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, FAN_OUT_LOCK)
                .getSingleResult();
        if (!Boolean.TRUE.equals(mine)) {
            return 0;
        }
        List<OutboxEvent> events = outbox.find("fannedOutAt is null order by seq")
                .withHint(HibernateHints.HINT_READ_ONLY, true)
                .page(0, limit)
                .list();
        if (events.isEmpty()) {
            return 0;
        }
        List<WebhookSubscription> enabled = subscriptions.enabled();
        OffsetDateTime now = Timestamps.now(clock);
        for (OutboxEvent event : events) {
            for (WebhookSubscription subscription : enabled) {
                if (!event.occurredAt.isBefore(subscription.createdAt)
                        && EventFilter.matches(subscription, event.type, event.tierId, event.teamId)) {
                    em.createNativeQuery("""
                            INSERT INTO webhook_deliveries (id, subscription_id, event_id, event_seq, event_type,
                                resource_id, status, attempts, next_attempt_at, retry_until, created_at)
                            VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING', 0, ?7, ?8, ?7)
                            ON CONFLICT (subscription_id, event_id) DO NOTHING""")
                            .setParameter(1, UUID.randomUUID())
                            .setParameter(2, subscription.id)
                            .setParameter(3, event.id)
                            .setParameter(4, event.seq)
                            .setParameter(5, event.type)
                            .setParameter(6, event.resourceId)
                            .setParameter(7, now)
                            .setParameter(8, now.plus(config.retryFor()))
                            .executeUpdate();
                }
            }
        }
        // One statement for the batch, by id: an event of a lower seq that was not committed yet stays waiting.
        outbox.update(
                "fannedOutAt = ?1 where id in ?2",
                now,
                events.stream().map(event -> event.id).toList());
        return events.size();
    }

    /**
     * Claims up to {@code limit} due deliveries of enabled subscriptions and leases them, skipping rows another
     * dispatcher holds. Only the oldest pending delivery per subscription and resource is eligible, so one
     * resource's events reach a subscriber in order.
     */
    @Transactional
    List<Claim> claimDue(int limit) {
        OffsetDateTime now = Timestamps.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                UPDATE webhook_deliveries d SET next_attempt_at = ?2
                WHERE d.id IN (
                    SELECT p.id FROM webhook_deliveries p
                    JOIN webhook_subscriptions s ON s.id = p.subscription_id
                    WHERE p.status = 'PENDING' AND p.next_attempt_at <= ?1 AND s.enabled
                      AND NOT EXISTS (
                          SELECT 1 FROM webhook_deliveries e
                          WHERE e.subscription_id = p.subscription_id AND e.resource_id = p.resource_id
                            AND e.status = 'PENDING' AND e.event_seq < p.event_seq)
                    ORDER BY p.next_attempt_at, p.event_seq
                    LIMIT ?3
                    FOR UPDATE OF p SKIP LOCKED)
                RETURNING d.id""", UUID.class)
                .setParameter(1, now)
                .setParameter(2, now.plus(config.claimLease()))
                .setParameter(3, limit)
                .getResultList();
        List<Claim> claims = new ArrayList<>();
        for (UUID id : ids) {
            WebhookDelivery delivery = deliveries.findById(id);
            WebhookSubscription subscription = subscriptions.findById(delivery.subscriptionId);
            OutboxEvent event = outbox.findById(delivery.eventId);
            claims.add(new Claim(
                    delivery.id,
                    event.id.toString(),
                    URI.create(subscription.targetUrl),
                    secrets(subscription, now),
                    body(event)));
        }
        return claims;
    }

    /** Stores an attempt's outcome: delivered, retried later with backoff, or failed for good. */
    @Transactional
    void record(Outcome outcome) {
        WebhookDelivery delivery = deliveries.findById(outcome.deliveryId());
        if (delivery == null) {
            return;
        }
        OffsetDateTime now = Timestamps.now(clock);
        delivery.attempts++;
        delivery.lastAttemptAt = outcome.attemptedAt() == null ? now : outcome.attemptedAt();
        delivery.lastStatusCode = outcome.statusCode();
        delivery.lastLatencyMs = outcome.latencyMs();
        delivery.lastResponseBody = outcome.responseExcerpt();
        delivery.lastError = outcome.error();
        if (outcome.delivered()) {
            attempts.keep(delivery, outcome, delivery.lastAttemptAt, WebhookDeliveryAttempt.Result.DELIVERED);
            delivery.status = WebhookDeliveryStatus.DELIVERED;
            delivery.completedAt = now;
            delivery.nextAttemptAt = now;
            em.createNativeQuery("UPDATE webhook_subscriptions SET failing_since = NULL WHERE id = ?1"
                            + " AND failing_since IS NOT NULL")
                    .setParameter(1, delivery.subscriptionId)
                    .executeUpdate();
            return;
        }
        boolean givingUp = !now.isBefore(delivery.retryUntil);
        attempts.keep(
                delivery,
                outcome,
                delivery.lastAttemptAt,
                givingUp ? WebhookDeliveryAttempt.Result.FAILED : WebhookDeliveryAttempt.Result.WILL_RETRY);
        if (givingUp) {
            delivery.status = WebhookDeliveryStatus.FAILED;
            delivery.completedAt = now;
            delivery.nextAttemptAt = now;
        } else {
            delivery.nextAttemptAt = now.plus(backoff.delayAfter(
                    delivery.attempts, () -> ThreadLocalRandom.current().nextDouble()));
        }
        noteFailure(delivery.subscriptionId, now);
    }

    /** Starts or continues the subscription's run of failures; disables it once the run lasts too long. */
    private void noteFailure(UUID subscriptionId, OffsetDateTime now) {
        em.createNativeQuery("UPDATE webhook_subscriptions SET failing_since = ?2 WHERE id = ?1"
                        + " AND failing_since IS NULL")
                .setParameter(1, subscriptionId)
                .setParameter(2, now)
                .executeUpdate();
        int disabled = em.createNativeQuery("""
                UPDATE webhook_subscriptions
                SET enabled = FALSE, disabled_reason = ?3, version = version + 1, updated_at = ?2
                WHERE id = ?1 AND enabled AND failing_since <= ?4""")
                .setParameter(1, subscriptionId)
                .setParameter(2, now)
                .setParameter(3, "Every delivery failed for " + config.disableAfter() + "; re-enable it to resume.")
                .setParameter(4, now.minus(config.disableAfter()))
                .executeUpdate();
        if (disabled == 1) {
            WebhookSubscription subscription = subscriptions.findById(subscriptionId);
            em.refresh(subscription);
            journal.record(
                    "webhook.disabled",
                    Journal.Subject.of("webhook", subscription.id),
                    null,
                    WebhookMapper.toApi(subscription));
        }
    }

    private static List<String> secrets(WebhookSubscription subscription, OffsetDateTime now) {
        List<String> secrets = new ArrayList<>();
        secrets.add(subscription.secret);
        if (subscription.previousSecret != null
                && subscription.previousSecretExpiresAt != null
                && now.isBefore(subscription.previousSecretExpiresAt)) {
            secrets.add(subscription.previousSecret);
        }
        return secrets;
    }

    /** The Standard Webhooks body: {@code {type, timestamp, data}}. */
    private String body(OutboxEvent event) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", event.type);
        body.put("timestamp", Timestamps.utc(event.occurredAt).toString());
        body.put("data", event.data);
        try {
            return mapper.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An outbox event could not be written as JSON", e);
        }
    }
}
