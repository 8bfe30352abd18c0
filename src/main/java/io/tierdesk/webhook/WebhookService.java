package io.tierdesk.webhook;

import io.tierdesk.api.model.WebhookCreateDto;
import io.tierdesk.api.model.WebhookDeliveryStatusDto;
import io.tierdesk.api.model.WebhookUpdateDto;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Enums;
import io.tierdesk.common.InvalidInput;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.OwnerQuota;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Roles;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Webhook subscriptions and their delivery logs. Admins manage every subscription; integrations those they created
 * (others' answer 404), each at most {@code tierdesk.webhooks.max-per-owner} of its own. Secrets are shown only by
 * the create and rotate responses and never audited.
 */
@ApplicationScoped
class WebhookService {

    private final WebhookSubscriptionRepository subscriptions;
    private final WebhookDeliveryRepository deliveries;
    private final WebhookDeliveryAttemptRepository attempts;
    private final WebhookTargets targets;
    private final WebhookConfig config;
    private final Pager pager;
    private final OwnerQuota quota;
    private final Journal journal;
    private final Caller caller;
    private final Clock clock;

    WebhookService(
            WebhookSubscriptionRepository subscriptions,
            WebhookDeliveryRepository deliveries,
            WebhookDeliveryAttemptRepository attempts,
            WebhookTargets targets,
            WebhookConfig config,
            Pager pager,
            OwnerQuota quota,
            Journal journal,
            Caller caller,
            Clock clock) {
        this.subscriptions = subscriptions;
        this.deliveries = deliveries;
        this.attempts = attempts;
        this.targets = targets;
        this.config = config;
        this.pager = pager;
        this.quota = quota;
        this.journal = journal;
        this.caller = caller;
        this.clock = clock;
    }

    Page<WebhookSubscription> list(Integer limit, String cursor) {
        String owner = caller.is(Roles.ADMIN) ? null : caller.subject();
        return pager.page(
                "webhooks:" + owner,
                limit,
                cursor,
                2,
                (after, fetch) -> subscriptions.page(owner, after.time(0), after.id(1), fetch),
                subscription -> List.of(subscription.createdAt.toString(), subscription.id.toString()));
    }

    /** The subscription, or 404 when it does not exist or belongs to another integration. */
    WebhookSubscription visible(UUID id) {
        WebhookSubscription subscription = subscriptions.findById(id);
        if (subscription == null || !(caller.is(Roles.ADMIN) || subscription.createdBy.equals(caller.subject()))) {
            throw new NotFound("webhook", id);
        }
        return subscription;
    }

    @Transactional
    WebhookSubscription create(WebhookCreateDto request) {
        String owner = caller.subject();
        quota.require(
                "webhook subscriptions", owner, config.maxPerOwner(), () -> subscriptions.count("createdBy", owner));
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.id = UUID.randomUUID();
        subscription.targetUrl = targets.check(request.getTargetUrl()).toString();
        subscription.eventTypes = checkedEventTypes(request.getEventTypes());
        subscription.tierIds = distinct(request.getTierIds());
        subscription.teamIds = distinct(request.getTeamIds());
        subscription.enabled = request.getEnabled() == null || request.getEnabled();
        subscription.description = request.getDescription();
        subscription.secret = WebhookSignatures.newSecret();
        subscription.createdBy = owner;
        subscriptions.persist(subscription);
        journal.created(
                "webhook.created", Journal.Subject.of("webhook", subscription.id), subscription, WebhookMapper::toApi);
        return subscription;
    }

    @Transactional
    WebhookSubscription update(UUID id, WebhookUpdateDto change, String ifMatch) {
        WebhookSubscription subscription = visible(id);
        ETags.checkIfMatch(ifMatch, subscription.version);
        var before = WebhookMapper.toApi(subscription);
        if (change.getTargetUrl() != null) {
            subscription.targetUrl = targets.check(change.getTargetUrl()).toString();
        }
        if (change.getEventTypes() != null) {
            subscription.eventTypes = checkedEventTypes(change.getEventTypes());
        }
        if (change.getTierIds() != null) {
            subscription.tierIds = distinct(change.getTierIds());
        }
        if (change.getTeamIds() != null) {
            subscription.teamIds = distinct(change.getTeamIds());
        }
        if (change.getDescription() != null) {
            subscription.description = change.getDescription();
        }
        if (change.getEnabled() != null) {
            if (change.getEnabled() && !subscription.enabled) {
                subscription.disabledReason = null;
                subscription.failingSince = null;
            }
            subscription.enabled = change.getEnabled();
        }
        journal.changed(
                "webhook.updated",
                Journal.Subject.of("webhook", subscription.id),
                subscription,
                before,
                WebhookMapper::toApi);
        return subscription;
    }

    @Transactional
    void delete(UUID id, String ifMatch) {
        WebhookSubscription subscription = visible(id);
        ETags.checkIfMatch(ifMatch, subscription.version);
        var before = WebhookMapper.toApi(subscription);
        deliveries.delete("subscriptionId", subscription.id);
        subscriptions.delete(subscription);
        journal.record("webhook.deleted", Journal.Subject.of("webhook", id), before, null);
    }

    /** A new secret; the previous one keeps signing (next to it) until the overlap ends. */
    @Transactional
    WebhookSubscription rotate(UUID id, int overlapSeconds) {
        WebhookSubscription subscription = visible(id);
        var before = WebhookMapper.toApi(subscription);
        OffsetDateTime now = Timestamps.now(clock);
        if (overlapSeconds > 0) {
            subscription.previousSecret = subscription.secret;
            subscription.previousSecretExpiresAt = now.plusSeconds(overlapSeconds);
        } else {
            subscription.previousSecret = null;
            subscription.previousSecretExpiresAt = null;
        }
        subscription.secret = WebhookSignatures.newSecret();
        journal.changed(
                now,
                "webhook.secret_rotated",
                Journal.Subject.of("webhook", subscription.id),
                subscription,
                before,
                WebhookMapper::toApi);
        return subscription;
    }

    Page<WebhookDelivery> deliveries(
            UUID subscriptionId, WebhookDeliveryStatusDto requestedStatus, Integer limit, String cursor) {
        WebhookSubscription subscription = visible(subscriptionId);
        WebhookDeliveryStatus status = Enums.same(requestedStatus, WebhookDeliveryStatus.class);
        return pager.page(
                "webhook-deliveries:" + subscription.id + ":" + status,
                limit,
                cursor,
                2,
                (after, fetch) -> deliveries.page(subscription.id, status, after.number(0), after.id(1), fetch),
                delivery -> List.of(Long.toString(delivery.eventSeq), delivery.id.toString()));
    }

    /** The attempts of one of the subscription's deliveries, oldest first, across redeliveries. */
    Page<WebhookDeliveryAttempt> attempts(UUID subscriptionId, UUID deliveryId, Integer limit, String cursor) {
        WebhookSubscription subscription = visible(subscriptionId);
        WebhookDelivery delivery = deliveries.findById(deliveryId);
        if (delivery == null || !delivery.subscriptionId.equals(subscription.id)) {
            throw new NotFound("delivery", deliveryId);
        }
        return pager.page(
                "webhook-delivery-attempts:" + delivery.id,
                limit,
                cursor,
                1,
                (after, fetch) -> attempts.page(delivery.id, after.number(0), fetch),
                attempt -> List.of(Integer.toString(attempt.number)));
    }

    /** Sends a finished delivery again with the same webhook-id and a fresh retry period. */
    @Transactional
    WebhookDelivery redeliver(UUID subscriptionId, UUID deliveryId) {
        WebhookSubscription subscription = visible(subscriptionId);
        WebhookDelivery delivery = deliveries.findById(deliveryId);
        if (delivery == null || !delivery.subscriptionId.equals(subscription.id)) {
            throw new NotFound("delivery", deliveryId);
        }
        if (delivery.status == WebhookDeliveryStatus.PENDING) {
            throw new Conflict("delivery-pending", "The delivery is still pending; it is sent as due.");
        }
        var before = WebhookMapper.toApi(delivery);
        OffsetDateTime now = Timestamps.now(clock);
        delivery.status = WebhookDeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = now;
        delivery.retryUntil = now.plus(config.retryFor());
        delivery.completedAt = null;
        delivery.redeliveries++;
        deliveries.flush();
        journal.record(
                "webhook.redelivery_requested",
                Journal.Subject.of("webhook_delivery", delivery.id),
                before,
                WebhookMapper.toApi(delivery));
        return delivery;
    }

    private static List<String> checkedEventTypes(List<String> requested) {
        List<String> unknown = EventFilter.unknown(requested);
        if (!unknown.isEmpty()) {
            throw InvalidInput.field("event_types", "names no catalogued event: " + unknown);
        }
        return distinct(requested);
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values));
    }
}
