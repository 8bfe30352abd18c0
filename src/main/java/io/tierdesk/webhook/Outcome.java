package io.tierdesk.webhook;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What one attempt got: a status code and the start of the body, or the error that kept it from an answer. */
record Outcome(UUID deliveryId, OffsetDateTime attemptedAt, Integer statusCode, int latencyMs, String responseBody,
        String error) {

    static final int MAX_BODY = 1000;

    boolean delivered() {
        return statusCode != null && statusCode >= 200 && statusCode < 300;
    }

    static Outcome failed(UUID deliveryId, OffsetDateTime attemptedAt, int latencyMs, String error) {
        String message = error == null ? "no answer" : error;
        return new Outcome(deliveryId, attemptedAt, null, latencyMs, null,
                message.length() > 500 ? message.substring(0, 500) : message);
    }
}
