package io.tierdesk.webhook;

/** Where the delivery of one event to one subscription stands; stored by name. */
public enum WebhookDeliveryStatus {
    PENDING,
    DELIVERED,
    FAILED
}
