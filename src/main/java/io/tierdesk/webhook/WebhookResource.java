package io.tierdesk.webhook;

import io.quarkus.security.Authenticated;
import io.tierdesk.api.WebhooksApi;
import io.tierdesk.api.model.EventTypeList;
import io.tierdesk.api.model.WebhookCreate;
import io.tierdesk.api.model.WebhookDeliveryPage;
import io.tierdesk.api.model.WebhookDeliveryStatus;
import io.tierdesk.api.model.WebhookSecret;
import io.tierdesk.api.model.WebhookSecretRotation;
import io.tierdesk.api.model.WebhookSubscriptionPage;
import io.tierdesk.api.model.WebhookUpdate;
import io.tierdesk.common.Idempotency;
import io.tierdesk.common.Page;
import io.tierdesk.common.Responses;
import io.tierdesk.common.Roles;
import io.tierdesk.common.Timestamps;
import io.tierdesk.event.EventType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;

@Authenticated
class WebhookResource implements WebhooksApi {

    private final WebhookService service;
    private final Idempotency idempotency;

    @Context
    UriInfo uri;

    WebhookResource(WebhookService service, Idempotency idempotency) {
        this.service = service;
        this.idempotency = idempotency;
    }

    @Override
    @RolesAllowed({ Roles.MAKER, Roles.HELPDESK, Roles.PLATFORM, Roles.PARTNER, Roles.ADMIN, Roles.AUTOMATION,
            Roles.INTEGRATION, Roles.AUDITOR })
    public Response listEventTypes() {
        return Response.ok(new EventTypeList().items(Arrays.stream(EventType.values()).map(WebhookMapper::toApi)
                .toList())).build();
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION })
    public Response listWebhooks(Integer limit, String cursor) {
        Page<WebhookSubscription> page = service.list(limit, cursor);
        WebhookSubscriptionPage body = new WebhookSubscriptionPage().items(page.map(WebhookMapper::toApi).items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION })
    public Response createWebhook(WebhookCreate webhookCreate, String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /webhooks", webhookCreate, Set.of("secret"), () -> {
            WebhookSubscription subscription = service.create(webhookCreate);
            return Responses.created(uri, subscription.id.toString(), WebhookMapper.toCreated(subscription),
                    subscription.version);
        });
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION })
    public Response getWebhook(UUID webhookId) {
        WebhookSubscription subscription = service.visible(webhookId);
        return Responses.ok(WebhookMapper.toApi(subscription), subscription.version);
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION })
    public Response updateWebhook(UUID webhookId, WebhookUpdate webhookUpdate, String ifMatch) {
        WebhookSubscription subscription = service.update(webhookId, webhookUpdate, ifMatch);
        return Responses.ok(WebhookMapper.toApi(subscription), subscription.version);
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION })
    public Response deleteWebhook(UUID webhookId, String ifMatch) {
        service.delete(webhookId, ifMatch);
        return Response.noContent().build();
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION })
    public Response rotateWebhookSecret(UUID webhookId, WebhookSecretRotation rotation) {
        int overlap = rotation.getOverlapSeconds() == null ? 86400 : rotation.getOverlapSeconds();
        WebhookSubscription subscription = service.rotate(webhookId, overlap);
        WebhookSecret body = new WebhookSecret().secret(subscription.secret)
                .previousSecretExpiresAt(Timestamps.utc(subscription.previousSecretExpiresAt));
        return Responses.ok(body, subscription.version);
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION })
    public Response listWebhookDeliveries(UUID webhookId, WebhookDeliveryStatus status, Integer limit,
            String cursor) {
        Page<WebhookDelivery> page = service.deliveries(webhookId, status, limit, cursor);
        WebhookDeliveryPage body = new WebhookDeliveryPage().items(page.map(WebhookMapper::toApi).items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.INTEGRATION })
    public Response redeliverWebhookDelivery(UUID webhookId, UUID deliveryId) {
        return Response.accepted(WebhookMapper.toApi(service.redeliver(webhookId, deliveryId))).build();
    }
}
