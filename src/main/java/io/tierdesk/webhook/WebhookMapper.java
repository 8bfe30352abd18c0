package io.tierdesk.webhook;

import io.tierdesk.api.model.EventTypeDto;
import io.tierdesk.api.model.EventTypeInfoDto;
import io.tierdesk.api.model.WebhookCreatedDto;
import io.tierdesk.api.model.WebhookDeliveryAttemptDto;
import io.tierdesk.api.model.WebhookDeliveryAttemptOutcomeDto;
import io.tierdesk.api.model.WebhookDeliveryDto;
import io.tierdesk.api.model.WebhookDeliveryErrorDto;
import io.tierdesk.api.model.WebhookDeliveryStatusDto;
import io.tierdesk.api.model.WebhookSubscriptionDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Timestamps;
import java.util.List;

final class WebhookMapper {

    private WebhookMapper() {}

    static WebhookSubscriptionDto toApi(WebhookSubscription subscription) {
        return new WebhookSubscriptionDto()
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

    static WebhookCreatedDto toCreated(WebhookSubscription subscription) {
        return new WebhookCreatedDto()
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

    static WebhookDeliveryDto toApi(WebhookDelivery delivery) {
        return new WebhookDeliveryDto()
                .id(delivery.id)
                .subscriptionId(delivery.subscriptionId)
                .eventId(delivery.eventId)
                .eventType(EventTypeDto.fromValue(delivery.eventType))
                .resourceId(delivery.resourceId)
                .status(Enums.same(delivery.status, WebhookDeliveryStatusDto.class))
                .attempts(delivery.attempts)
                .createdAt(Timestamps.utc(delivery.createdAt))
                .nextAttemptAt(Timestamps.utc(delivery.nextAttemptAt))
                .lastAttemptAt(Timestamps.utc(delivery.lastAttemptAt))
                .lastStatusCode(delivery.lastStatusCode)
                .lastLatencyMs(delivery.lastLatencyMs)
                .lastResponseBody(delivery.lastResponseBody)
                .lastError(Enums.same(delivery.lastError, WebhookDeliveryErrorDto.class))
                .completedAt(Timestamps.utc(delivery.completedAt))
                .redeliveries(delivery.redeliveries);
    }

    static WebhookDeliveryAttemptDto toApi(WebhookDeliveryAttempt attempt) {
        return new WebhookDeliveryAttemptDto()
                .number(attempt.number)
                .round(attempt.round)
                .attemptedAt(Timestamps.utc(attempt.attemptedAt))
                .statusCode(attempt.statusCode)
                .latencyMs(attempt.latencyMs)
                .responseBody(attempt.responseBody)
                .error(Enums.same(attempt.error, WebhookDeliveryErrorDto.class))
                .outcome(Enums.same(attempt.outcome, WebhookDeliveryAttemptOutcomeDto.class));
    }

    static EventTypeInfoDto toApi(io.tierdesk.event.EventType type) {
        return new EventTypeInfoDto()
                .type(EventTypeDto.fromValue(type.eventName()))
                .resourceType(type.resourceType())
                .dataSchema(type.dataSchema())
                .description(type.description());
    }
}
