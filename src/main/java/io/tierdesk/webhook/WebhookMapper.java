package io.tierdesk.webhook;

import io.tierdesk.api.model.EventType;
import io.tierdesk.api.model.WebhookCreated;
import io.tierdesk.common.Timestamps;
import java.util.List;

final class WebhookMapper {

    private WebhookMapper() {
    }

    static io.tierdesk.api.model.WebhookSubscription toApi(WebhookSubscription subscription) {
        return new io.tierdesk.api.model.WebhookSubscription()
                .id(subscription.id)
                .description(subscription.description)
                .targetUrl(subscription.targetUrl)
                .eventTypes(List.copyOf(subscription.eventTypes))
                .tierIds(List.copyOf(subscription.tierIds))
                .teamIds(List.copyOf(subscription.teamIds))
                .enabled(subscription.enabled)
                .disabledReason(subscription.disabledReason)
                .previousSecretExpiresAt(Timestamps.utc(subscription.previousSecretExpiresAt))
                .createdBy(subscription.createdBy)
                .version(subscription.version)
                .createdAt(Timestamps.utc(subscription.createdAt))
                .updatedAt(Timestamps.utc(subscription.updatedAt));
    }

    static WebhookCreated toCreated(WebhookSubscription subscription) {
        return new WebhookCreated()
                .id(subscription.id)
                .description(subscription.description)
                .targetUrl(subscription.targetUrl)
                .eventTypes(List.copyOf(subscription.eventTypes))
                .tierIds(List.copyOf(subscription.tierIds))
                .teamIds(List.copyOf(subscription.teamIds))
                .enabled(subscription.enabled)
                .createdBy(subscription.createdBy)
                .version(subscription.version)
                .createdAt(Timestamps.utc(subscription.createdAt))
                .updatedAt(Timestamps.utc(subscription.updatedAt))
                .secret(subscription.secret);
    }

    static io.tierdesk.api.model.WebhookDelivery toApi(WebhookDelivery delivery) {
        return new io.tierdesk.api.model.WebhookDelivery()
                .id(delivery.id)
                .subscriptionId(delivery.subscriptionId)
                .eventId(delivery.eventId)
                .eventType(EventType.fromValue(delivery.eventType))
                .resourceId(delivery.resourceId)
                .status(delivery.status)
                .attempts(delivery.attempts)
                .createdAt(Timestamps.utc(delivery.createdAt))
                .nextAttemptAt(Timestamps.utc(delivery.nextAttemptAt))
                .lastAttemptAt(Timestamps.utc(delivery.lastAttemptAt))
                .lastStatusCode(delivery.lastStatusCode)
                .lastLatencyMs(delivery.lastLatencyMs)
                .lastResponseBody(delivery.lastResponseBody)
                .lastError(delivery.lastError)
                .completedAt(Timestamps.utc(delivery.completedAt));
    }

    static io.tierdesk.api.model.EventTypeInfo toApi(io.tierdesk.event.EventType type) {
        return new io.tierdesk.api.model.EventTypeInfo()
                .type(EventType.fromValue(type.eventName()))
                .resourceType(type.resourceType())
                .dataSchema(type.dataSchema())
                .description(type.description());
    }
}
