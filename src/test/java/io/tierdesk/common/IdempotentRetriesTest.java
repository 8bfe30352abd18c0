package io.tierdesk.common;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.tierdesk.support.Paths;
import io.tierdesk.support.Scenario;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A retried state change with its Idempotency-Key answers what the first one answered, and changes nothing more: a
 * status move that would now be refused, a secret that is not kept for replays.
 */
@QuarkusTest
class IdempotentRetriesTest {

    @Test
    void aRetriedTicketTransitionAnswersTheFirstMoveAndMovesNothing() {
        String ticket = Scenario.raiseTicket(uniqueSubject("maker"), "HOW_TO");
        String agent = uniqueSubject("agent");
        String key = UUID.randomUUID().toString();
        Map<String, Object> move = Map.of("to_status", "TRIAGED", "reason", "Read it.");

        ExtractableResponse<Response> first = transition(agent, key, ticket, move);
        ExtractableResponse<Response> retry = transition(agent, key, ticket, move);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(retry.asString()).isEqualTo(first.asString());
        int version = first.path("version");
        assertThat((int) as(agent, "helpdesk")
                        .when()
                        .get(Paths.TICKETS + "/" + ticket)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("version"))
                .isEqualTo(version);
        assertThat(transition(agent, UUID.randomUUID().toString(), ticket, move).statusCode())
                .as("the same move under another key is a new request")
                .isEqualTo(409);
    }

    @Test
    void aRetriedFeedTokenCreationAnswersTheSameTokenWithoutItsSecret() {
        String engineer = uniqueSubject("engineer");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("name", "phone calendar");

        ExtractableResponse<Response> first = createFeedToken(engineer, key, body);
        ExtractableResponse<Response> retry = createFeedToken(engineer, key, body);

        assertThat((String) first.path("token")).isNotBlank();
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat((String) retry.path("id")).isEqualTo(first.path("id"));
        assertThat(retry.asString())
                .doesNotContain((String) first.path("token"))
                .doesNotContain("\"token\"");
        List<String> ids = as(engineer, "maker")
                .when()
                .get(Paths.API + "/feed-tokens")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(ids).containsExactly((String) first.path("id"));
    }

    @Test
    void aRetriedSecretRotationRotatesOnceAndAnswersWithoutTheSecret() {
        String integration = uniqueSubject("integration");
        String webhook = jsonAs(integration, "integration")
                .body(Map.of("target_url", "http://127.0.0.1:9/rotated", "event_types", List.of("ticket.created")))
                .when()
                .post(Paths.WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String key = UUID.randomUUID().toString();

        ExtractableResponse<Response> first = rotate(integration, key, webhook);
        ExtractableResponse<Response> retry = rotate(integration, key, webhook);

        assertThat((String) first.path("secret")).startsWith("whsec_");
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.asString())
                .doesNotContain((String) first.path("secret"))
                .doesNotContain("\"secret\"");
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        as(integration, "integration")
                .when()
                .delete(Paths.WEBHOOKS + "/" + webhook)
                .then()
                .statusCode(204);
    }

    private static ExtractableResponse<Response> transition(
            String agent, String key, String ticket, Map<String, Object> move) {
        return jsonAs(agent, "helpdesk")
                .header("Idempotency-Key", key)
                .body(move)
                .when()
                .post(Paths.TICKETS + "/" + ticket + "/transitions")
                .then()
                .extract();
    }

    private static ExtractableResponse<Response> createFeedToken(
            String engineer, String key, Map<String, Object> body) {
        return jsonAs(engineer, "maker")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(Paths.API + "/feed-tokens")
                .then()
                .statusCode(201)
                .extract();
    }

    private static ExtractableResponse<Response> rotate(String integration, String key, String webhook) {
        return jsonAs(integration, "integration")
                .header("Idempotency-Key", key)
                .body(Map.of("overlap_seconds", 60))
                .when()
                .post(Paths.WEBHOOKS + "/" + webhook + "/secret-rotations")
                .then()
                .extract();
    }
}
