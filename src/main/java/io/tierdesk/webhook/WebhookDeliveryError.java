package io.tierdesk.webhook;

/** Why the last attempt of a delivery got no answer, as a category; stored by name. */
public enum WebhookDeliveryError {
    REFUSED,
    TIMEOUT,
    TLS,
    DNS,
    BLOCKED,
    OTHER
}
