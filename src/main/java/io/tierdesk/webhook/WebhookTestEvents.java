package io.tierdesk.webhook;

import io.tierdesk.api.model.WebhookTestDataDto;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Timestamps;
import io.tierdesk.event.EventType;
import io.tierdesk.event.Outbox;
import io.tierdesk.event.OutboxEvent;
import io.tierdesk.journal.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A test event for one subscription: written to the outbox already fanned out, with its single delivery, so it
 * reaches that subscriber only and travels the same path as every event (signature, retries, delivery log).
 */
@ApplicationScoped
class WebhookTestEvents {

    private final WebhookService subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final Outbox outbox;
    private final WebhookConfig config;
    private final Journal journal;
    private final Caller caller;
    private final Clock clock;

    WebhookTestEvents(
            WebhookService subscriptions,
            WebhookDeliveryRepository deliveries,
            Outbox outbox,
            WebhookConfig config,
            Journal journal,
            Caller caller,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.outbox = outbox;
        this.config = config;
        this.journal = journal;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    WebhookDelivery send(UUID subscriptionId) {
        WebhookSubscription subscription = subscriptions.visible(subscriptionId);
        OffsetDateTime now = Timestamps.now(clock);
        OutboxEvent event = outbox.publish(
                EventType.WEBHOOK_TEST,
                subscription.id,
                null,
                null,
                new WebhookTestDataDto().webhookId(subscription.id).requestedBy(caller.subject()));
        event.fannedOutAt = now;
        outbox.flush();
        outbox.getEntityManager().refresh(event);
        WebhookDelivery delivery = new WebhookDelivery();
        delivery.id = UUID.randomUUID();
        delivery.subscriptionId = subscription.id;
        delivery.eventId = event.id;
        delivery.eventSeq = event.seq;
        delivery.eventType = event.type;
        delivery.resourceId = subscription.id;
        delivery.status = WebhookDeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = now;
        delivery.retryUntil = now.plus(config.retryFor());
        delivery.createdAt = now;
        deliveries.persist(delivery);
        journal.record(
                "webhook.test_requested",
                Journal.Subject.of("webhook_delivery", delivery.id),
                null,
                WebhookMapper.toApi(delivery));
        return delivery;
    }
}
