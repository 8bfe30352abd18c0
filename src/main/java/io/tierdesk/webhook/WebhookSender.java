package io.tierdesk.webhook;

import io.tierdesk.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;

/**
 * Sends one signed delivery. Connect and answer timeouts bound every call, redirects are not followed, and only the
 * start of the receiver's answer is read (and kept only as a short excerpt).
 */
@ApplicationScoped
class WebhookSender {

    private final HttpClient client;
    private final WebhookTargets targets;
    private final Duration requestTimeout;
    private final Clock clock;

    WebhookSender(WebhookTargets targets, WebhookConfig config, Clock clock) {
        this.targets = targets;
        this.requestTimeout = config.requestTimeout();
        this.clock = clock;
        this.client = HttpClient.newBuilder()
                .connectTimeout(config.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    Outcome send(Claim claim) {
        OffsetDateTime attemptedAt = Timestamps.now(clock);
        long started = System.nanoTime();
        WebhookTargets.Refusal refusal = targets.refusal(claim.target());
        if (refusal != null) {
            return Outcome.failed(claim.deliveryId(), attemptedAt, 0, refusal.category());
        }
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(claim.target())
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "tierdesk-webhooks")
                .header("webhook-id", claim.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header(
                        "webhook-signature",
                        WebhookSignatures.header(claim.secrets(), claim.messageId(), timestamp, claim.body()))
                .POST(HttpRequest.BodyPublishers.ofString(claim.body(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            String excerpt;
            try (InputStream in = response.body()) {
                excerpt = ResponseExcerpt.of(in.readNBytes(ResponseExcerpt.MAX_BYTES));
            }
            return new Outcome(claim.deliveryId(), attemptedAt, response.statusCode(), elapsed(started), excerpt, null);
        } catch (IOException e) {
            return Outcome.failed(claim.deliveryId(), attemptedAt, elapsed(started), FailureCategory.of(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(claim.deliveryId(), attemptedAt, elapsed(started), WebhookDeliveryError.OTHER);
        }
    }

    private static int elapsed(long started) {
        return (int) Duration.ofNanos(System.nanoTime() - started).toMillis();
    }
}
