package io.tierdesk.webhook;

import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static io.tierdesk.webhook.WebhookSupport.WEBHOOKS;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The signing secret is shown once: not kept for idempotent replays, not returned by one. */
@QuarkusTest
class WebhookSecretTest {

    @Inject
    EntityManager em;

    @Test
    void anIdempotentReplayOfACreationAnswersTheSubscriptionWithoutItsSecretAndTheStoreNeverHoldsIt() {
        String integration = uniqueSubject("integration");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body =
                Map.of("target_url", "http://127.0.0.1:9/replayed", "event_types", List.of("ticket.created"));

        ExtractableResponse<Response> first = create(integration, key, body);
        String secret = first.path("secret");
        assertThat(secret).startsWith("whsec_");

        Object stored = em.createNativeQuery(
                        "SELECT response_body FROM idempotency_keys" + " WHERE subject = ?1 AND idempotency_key = ?2")
                .setParameter(1, integration)
                .setParameter(2, key)
                .getSingleResult();
        assertThat((String) stored)
                .contains((String) first.path("id"))
                .doesNotContain(secret)
                .doesNotContain(secret.substring("whsec_".length()))
                .doesNotContain("\"secret\"");

        ExtractableResponse<Response> replay = create(integration, key, body);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat((String) replay.path("id")).isEqualTo(first.path("id"));
        assertThat((String) replay.path("target_url")).isEqualTo("http://127.0.0.1:9/replayed");
        assertThat(replay.asString()).doesNotContain(secret).doesNotContain("\"secret\"");
        WebhookSupport.unsubscribe(integration, first.path("id"));
    }

    private static ExtractableResponse<Response> create(String integration, String key, Map<String, Object> body) {
        return jsonAs(integration, "integration")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract();
    }
}
