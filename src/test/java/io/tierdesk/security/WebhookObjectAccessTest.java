package io.tierdesk.security;

import static io.tierdesk.security.ObjectAccessMatrix.API;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.security.ObjectAccessMatrix.Outsider;
import io.tierdesk.security.ObjectAccessMatrix.Probe;
import io.tierdesk.support.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A webhook subscription belongs to the integration that created it (admins manage all): another integration
 * reaches neither it, its secret, nor its deliveries, and the other roles are stopped by the role gate.
 */
@QuarkusTest
class WebhookObjectAccessTest {

    private static final String WEBHOOKS = API + "/webhooks";

    private static final List<Probe> PROBES = List.of(
            Probe.of("GET", ""),
            Probe.of("PATCH", "", Map.of("description", "hijacked", "target_url", "http://127.0.0.1:9/stolen")),
            Probe.of("DELETE", ""),
            Probe.of("POST", "/secret-rotations", Map.of("overlap_seconds", 0)),
            Probe.of("GET", "/deliveries"),
            Probe.of("POST", "/test-events"),
            Probe.nested(
                    "GET",
                    "/deliveries/{delivery_id}/attempts",
                    "/deliveries/" + UUID.randomUUID() + "/attempts",
                    null),
            Probe.nested(
                    "POST",
                    "/deliveries/{delivery_id}/redeliver",
                    "/deliveries/" + UUID.randomUUID() + "/redeliver",
                    null));

    @Test
    void everyOperationIsProbed() {
        ObjectAccessMatrix.assertProbesCoverTheContract("/webhooks/{webhook_id}", PROBES);
    }

    @Test
    void anotherIntegrationsSubscriptionIsNotFoundOnEveryOperation() {
        String owner = Tokens.uniqueSubject("hook-owner");
        String subscription = subscribe(owner);
        String before = as(owner, "integration")
                .when()
                .get(WEBHOOKS + "/" + subscription)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        ObjectAccessMatrix.assertNotFoundForOutsiders(WEBHOOKS + "/" + subscription, PROBES, outsiders());

        assertThat(as(owner, "integration")
                        .when()
                        .get(WEBHOOKS + "/" + subscription)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .as("the subscription after every outsider's attempt")
                .isEqualTo(before);
    }

    @Test
    void theListAndTheOwnersCursorShowAnotherIntegrationNothing() {
        String owner = Tokens.uniqueSubject("hook-owner");
        String first = subscribe(owner);
        String second = subscribe(owner);
        List<Outsider> outsiders = outsiders();
        ObjectAccessMatrix.assertListHides(WEBHOOKS, Map.of(), first, outsiders);
        ObjectAccessMatrix.assertListHides(WEBHOOKS, Map.of(), second, outsiders);
        List<Outsider> others = new ArrayList<>(outsiders);
        others.add(new Outsider(Tokens.uniqueSubject("hook-admin"), "admin"));
        ObjectAccessMatrix.assertCursorRefused(WEBHOOKS, Map.of(), new Outsider(owner, "integration"), others);
    }

    /** Another integration first, then strangers (whom the role gate stops). */
    private static List<Outsider> outsiders() {
        List<Outsider> outsiders = new ArrayList<>();
        outsiders.add(new Outsider(Tokens.uniqueSubject("other-integration"), "integration"));
        outsiders.addAll(ObjectAccessMatrix.strangers());
        return outsiders;
    }

    /** A disabled subscription, so nothing is ever sent to its local target. */
    private static String subscribe(String integration) {
        return jsonAs(integration, "integration")
                .body(Map.of(
                        "target_url",
                        "http://127.0.0.1:9/hooks",
                        "event_types",
                        List.of("webhook.disabled"),
                        "enabled",
                        false))
                .when()
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
