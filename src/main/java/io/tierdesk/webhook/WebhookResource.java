package io.tierdesk.webhook;

import io.tierdesk.api.WebhooksApi;
import io.tierdesk.api.model.EventTypeListDto;
import io.tierdesk.api.model.WebhookCreateDto;
import io.tierdesk.api.model.WebhookDeliveryAttemptPageDto;
import io.tierdesk.api.model.WebhookDeliveryPageDto;
import io.tierdesk.api.model.WebhookDeliveryStatusDto;
import io.tierdesk.api.model.WebhookSecretDto;
import io.tierdesk.api.model.WebhookSecretRotationDto;
import io.tierdesk.api.model.WebhookSubscriptionPageDto;
import io.tierdesk.api.model.WebhookUpdateDto;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Page;
import io.tierdesk.common.Responses;
import io.tierdesk.common.Timestamps;
import io.tierdesk.event.EventType;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.UUID;

class WebhookResource implements WebhooksApi {

    private final WebhookService service;

    @Context
    UriInfo uri;

    private final WebhookTestEvents testEvents;

    WebhookResource(WebhookService service, WebhookTestEvents testEvents) {
        this.service = service;
        this.testEvents = testEvents;
    }

    @Override
    public Response listEventTypes() {
        return Response.ok(new EventTypeListDto()
                        .items(Arrays.stream(EventType.values())
                                .map(WebhookMapper::toApi)
                                .toList()))
                .build();
    }

    @Override
    public Response listWebhooks(Integer limit, String cursor) {
        Page<WebhookSubscription> page = service.list(limit, cursor);
        return Responses.page(
                uri,
                page.map(WebhookMapper::toApi),
                WebhookSubscriptionPageDto::new,
                WebhookSubscriptionPageDto::nextCursor);
    }

    @Override
    @Idempotent(shownOnce = "secret")
    public Response createWebhook(WebhookCreateDto webhookCreate, String idempotencyKey) {
        WebhookSubscription subscription = service.create(webhookCreate);
        return Responses.created(
                uri, subscription.id.toString(), WebhookMapper.toCreated(subscription), subscription.version);
    }

    @Override
    public Response getWebhook(UUID webhookId) {
        WebhookSubscription subscription = service.visible(webhookId);
        return Responses.ok(subscription, WebhookMapper::toApi);
    }

    @Override
    public Response updateWebhook(UUID webhookId, WebhookUpdateDto webhookUpdate, String ifMatch) {
        WebhookSubscription subscription = service.update(webhookId, webhookUpdate, ifMatch);
        return Responses.ok(subscription, WebhookMapper::toApi);
    }

    @Override
    public Response deleteWebhook(UUID webhookId, String ifMatch) {
        service.delete(webhookId, ifMatch);
        return Response.noContent().build();
    }

    @Override
    @Idempotent(shownOnce = "secret")
    public Response rotateWebhookSecret(UUID webhookId, WebhookSecretRotationDto rotation, String idempotencyKey) {
        int overlap = rotation.getOverlapSeconds() == null ? 86400 : rotation.getOverlapSeconds();
        WebhookSubscription subscription = service.rotate(webhookId, overlap);
        WebhookSecretDto body = new WebhookSecretDto()
                .secret(subscription.secret)
                .previousSecretExpiresAt(Timestamps.utc(subscription.previousSecretExpiresAt));
        return Responses.ok(body, subscription.version);
    }

    @Override
    public Response listWebhookDeliveries(
            UUID webhookId, WebhookDeliveryStatusDto status, Integer limit, String cursor) {
        Page<WebhookDelivery> page = service.deliveries(webhookId, status, limit, cursor);
        return Responses.page(
                uri, page.map(WebhookMapper::toApi), WebhookDeliveryPageDto::new, WebhookDeliveryPageDto::nextCursor);
    }

    @Override
    public Response listWebhookDeliveryAttempts(UUID webhookId, UUID deliveryId, Integer limit, String cursor) {
        Page<WebhookDeliveryAttempt> page = service.attempts(webhookId, deliveryId, limit, cursor);
        return Responses.page(
                uri,
                page.map(WebhookMapper::toApi),
                WebhookDeliveryAttemptPageDto::new,
                WebhookDeliveryAttemptPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response redeliverWebhookDelivery(UUID webhookId, UUID deliveryId, String idempotencyKey) {
        return Response.accepted(WebhookMapper.toApi(service.redeliver(webhookId, deliveryId)))
                .build();
    }

    @Override
    @Idempotent
    public Response sendWebhookTestEvent(UUID webhookId, String idempotencyKey) {
        return Response.accepted(WebhookMapper.toApi(testEvents.send(webhookId)))
                .build();
    }
}
