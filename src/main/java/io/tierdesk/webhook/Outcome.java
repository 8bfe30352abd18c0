package io.tierdesk.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What one attempt got: a status code and an excerpt of the answer, or the category of what kept it from one. */
record Outcome(
        UUID deliveryId,
        OffsetDateTime attemptedAt,
        Integer statusCode,
        int latencyMs,
        String responseExcerpt,
        WebhookDeliveryError error) {

    boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    static Outcome failed(UUID deliveryId, OffsetDateTime attemptedAt, int latencyMs, WebhookDeliveryError error) {
        return new Outcome(deliveryId, attemptedAt, null, latencyMs, null, error);
    }
}
