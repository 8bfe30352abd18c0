package io.tierdesk.webhook;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static io.tierdesk.webhook.WebhookSupport.WEBHOOKS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class WebhookAccessTest {

    private static final String LOCAL_TARGET = "http://127.0.0.1:9/hooks";
    private static final List<String> OPERATIONS =
            List.of("list", "create", "get", "update", "delete", "rotate", "deliveries", "attempts", "redeliver");

    /** A disabled subscription of this integration, so nothing is ever sent to its local target. */
    private static Map<String, Object> subscription(String integration) {
        Map<String, Object> body = new HashMap<>();
        body.put("target_url", LOCAL_TARGET);
        body.put("event_types", List.of("webhook.disabled"));
        body.put("enabled", false);
        return jsonAs(integration, "integration")
                .body(body)
                .when()
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
    }

    private static ValidatableResponse call(RequestSpecification request, String operation, Object id) {
        RequestSpecification json = request.contentType(ContentType.JSON);
        String one = WEBHOOKS + "/" + id;
        return switch (operation) {
            case "list" -> request.when().get(WEBHOOKS).then();
            case "create" ->
                json.body(Map.of("target_url", LOCAL_TARGET, "event_types", List.of("ticket.*"), "enabled", false))
                        .when()
                        .post(WEBHOOKS)
                        .then();
            case "get" -> request.when().get(one).then();
            case "update" ->
                json.body(Map.of("description", "renamed")).when().patch(one).then();
            case "delete" -> request.when().delete(one).then();
            case "rotate" ->
                json.body(Map.of("overlap_seconds", 0))
                        .when()
                        .post(one + "/secret-rotations")
                        .then();
            case "deliveries" -> request.when().get(one + "/deliveries").then();
            case "attempts" ->
                request.when()
                        .get(one + "/deliveries/" + UUID.randomUUID() + "/attempts")
                        .then();
            case "redeliver" ->
                request.when()
                        .post(one + "/deliveries/" + UUID.randomUUID() + "/redeliver")
                        .then();
            default -> throw new IllegalArgumentException(operation);
        };
    }

    @Test
    void everyOperationNeedsAToken() {
        String id = (String) subscription(uniqueSubject("integration")).get("id");
        for (String operation : OPERATIONS) {
            call(given(), operation, id).statusCode(401).contentType(PROBLEM_JSON);
        }
        given().when().get("/api/v1/event-types").then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maker", "helpdesk", "platform", "partner", "automation", "auditor"})
    void onlyAdminsAndIntegrationsManageWebhooks(String role) {
        String id = (String) subscription(uniqueSubject("integration")).get("id");
        for (String operation : OPERATIONS) {
            call(as(uniqueSubject(role), role), operation, id).statusCode(403).contentType(PROBLEM_JSON);
        }
    }

    @Test
    void anotherIntegrationsSubscriptionIsNotFound() {
        String id = (String) subscription(uniqueSubject("integration")).get("id");
        String stranger = uniqueSubject("integration");
        for (String operation : List.of("get", "update", "delete", "rotate", "deliveries", "attempts", "redeliver")) {
            call(as(stranger, "integration"), operation, id).statusCode(404).contentType(PROBLEM_JSON);
        }
        as(stranger, "integration")
                .queryParam("limit", 200)
                .when()
                .get(WEBHOOKS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));
    }

    @Test
    void theOwnerAndAdminsManageASubscriptionAndTheSecretIsShownOnlyOnCreationAndRotation() {
        String integration = uniqueSubject("integration");
        Map<String, Object> created = subscription(integration);
        String id = (String) created.get("id");
        assertThat((String) created.get("secret")).startsWith("whsec_");

        as(integration, "integration")
                .queryParam("limit", 200)
                .when()
                .get(WEBHOOKS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.secret", not(hasItem(created.get("secret"))));
        String etag = as(integration, "integration")
                .when()
                .get(WEBHOOKS + "/" + id)
                .then()
                .statusCode(200)
                .body("secret", nullValue())
                .extract()
                .header("ETag");
        jsonAs(integration, "integration")
                .header("If-Match", "\"999\"")
                .body(Map.of("description", "stale"))
                .when()
                .patch(WEBHOOKS + "/" + id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON);
        jsonAs(integration, "integration")
                .header("If-Match", etag)
                .body(Map.of("description", "fresh"))
                .when()
                .patch(WEBHOOKS + "/" + id)
                .then()
                .statusCode(200)
                .body("description", equalTo("fresh"));
        jsonAs(uniqueSubject("admin"), "admin")
                .body(Map.of("overlap_seconds", 60))
                .when()
                .post(WEBHOOKS + "/" + id + "/secret-rotations")
                .then()
                .statusCode(200)
                .body("secret", not(equalTo(created.get("secret"))));
        as(uniqueSubject("admin"), "admin")
                .when()
                .get(WEBHOOKS + "/" + id + "/deliveries")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
        call(as(integration, "integration"), "redeliver", id).statusCode(404).contentType(PROBLEM_JSON);
        as(uniqueSubject("admin"), "admin")
                .queryParam("resource_id", id)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body(
                        "items.action",
                        org.hamcrest.Matchers.hasItems("webhook.created", "webhook.updated", "webhook.secret_rotated"))
                .body("items.after.secret", not(hasItem(org.hamcrest.Matchers.notNullValue())));
        as(integration, "integration").when().delete(WEBHOOKS + "/" + id).then().statusCode(204);
        as(integration, "integration").when().get(WEBHOOKS + "/" + id).then().statusCode(404);
    }

    @Test
    void adminsCreateAndListSubscriptions() {
        String admin = uniqueSubject("admin");
        call(as(admin, "admin"), "create", null)
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/api/v1/webhooks/"))
                .header("ETag", org.hamcrest.Matchers.notNullValue());
        String someone = (String) subscription(uniqueSubject("integration")).get("id");
        as(admin, "admin")
                .queryParam("limit", 200)
                .when()
                .get(WEBHOOKS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(someone));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"maker", "helpdesk", "platform", "partner", "admin", "automation", "integration", "auditor"})
    void everyRoleReadsTheEventCatalogue(String role) {
        as(uniqueSubject(role), role)
                .when()
                .get("/api/v1/event-types")
                .then()
                .statusCode(200)
                .body(
                        "items.type",
                        org.hamcrest.Matchers.hasItems(
                                "ticket.created",
                                "sla.breached",
                                "oncall.paged",
                                "shift.handoff_created",
                                "webhook.disabled"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://127.0.0.1/hooks",
                "not a url",
                "http:///nohost",
                "http://user:pw@127.0.0.1/x",
                "http://127.1:9/hooks"
            })
    void targetsThatAreNoHttpUrlsAreBadRequests(String target) {
        String integration = uniqueSubject("integration");
        int before = count(integration);
        jsonAs(integration, "integration")
                .body(Map.of("target_url", target, "event_types", List.of("*")))
                .when()
                .post(WEBHOOKS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        assertThat(count(integration)).isEqualTo(before);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://10.1.2.3/hooks",
                "http://172.16.0.1/",
                "http://192.168.1.10:8080/x",
                "http://169.254.169.254/latest/meta-data",
                "http://127.0.0.2/",
                "http://[::1]:8080/",
                "https://[fd12:3456::1]/",
                "http://100.64.0.1/",
                "http://0.0.0.0/",
                "http://[::ffff:10.0.0.1]/",
                // an allow-listed host on another port or scheme than its entry names
                "http://127.0.0.1:8080/",
                "http://127.0.0.1:5432/",
                "https://127.0.0.1:9/hooks",
                "http://localhost/",
                "http://localhost:9000/",
                "http://127.0.0.1/",
                // the same internal addresses written in other forms
                "http://2130706433:9/hooks",
                "http://0177.0.0.1/",
                "http://[::127.0.0.1]/",
                "http://[64:ff9b::a9fe:a9fe]/",
                "http://[2002:7f00:1::]/",
                "http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/",
                "http://198.18.0.1/",
                "http://[::ffff:0:7f00:1]/"
            })
    void targetsInsideTheNetworkAreRefused(String target) {
        String integration = uniqueSubject("integration");
        jsonAs(integration, "integration")
                .body(Map.of("target_url", target, "event_types", List.of("*")))
                .when()
                .post(WEBHOOKS)
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/webhook-target-refused"));
        assertThat(count(integration)).isZero();
        String existing = (String) subscription(integration).get("id");
        jsonAs(integration, "integration")
                .body(Map.of("target_url", target))
                .when()
                .patch(WEBHOOKS + "/" + existing)
                .then()
                .statusCode(422);
        as(integration, "integration")
                .when()
                .get(WEBHOOKS + "/" + existing)
                .then()
                .body("target_url", equalTo(LOCAL_TARGET));
    }

    @Test
    void publicAddressesAndAllowListedHostsAreAccepted() {
        String integration = uniqueSubject("integration");
        for (String target : List.of(
                "https://93.184.215.14/hooks",
                "http://localhost:9/hooks",
                "https://localhost:9/hooks",
                "http://127.0.0.1:9/other/path?x=1")) {
            jsonAs(integration, "integration")
                    .body(Map.of("target_url", target, "event_types", List.of("*"), "enabled", false))
                    .when()
                    .post(WEBHOOKS)
                    .then()
                    .statusCode(201)
                    .body("target_url", equalTo(target));
        }
    }

    @Test
    void unknownEventTypesAreBadRequests() {
        String integration = uniqueSubject("integration");
        for (List<String> types : List.of(List.of("ticket.exploded"), List.of("nothing.*"), List.<String>of())) {
            jsonAs(integration, "integration")
                    .body(Map.of("target_url", LOCAL_TARGET, "event_types", types))
                    .when()
                    .post(WEBHOOKS)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM_JSON);
        }
        assertThat(count(integration)).isZero();
    }

    @Test
    void anOwnerHoldsAtMostTheConfiguredNumberOfSubscriptions() {
        int quota = ConfigProvider.getConfig()
                .getOptionalValue("tierdesk.webhooks.max-per-owner", Integer.class)
                .orElse(25);
        String integration = uniqueSubject("integration");
        String first = null;
        for (int i = 0; i < quota; i++) {
            String id = (String) subscription(integration).get("id");
            first = first == null ? id : first;
        }
        jsonAs(integration, "integration")
                .body(Map.of("target_url", LOCAL_TARGET, "event_types", List.of("*")))
                .when()
                .post(WEBHOOKS)
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/quota-exceeded"));
        assertThat(count(integration)).isEqualTo(quota);
        subscription(uniqueSubject("integration"));

        as(integration, "integration")
                .when()
                .delete(WEBHOOKS + "/" + first)
                .then()
                .statusCode(204);
        subscription(integration);
    }

    private static int count(String integration) {
        List<?> items = as(integration, "integration")
                .queryParam("limit", 200)
                .when()
                .get(WEBHOOKS)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return items.size();
    }
}
