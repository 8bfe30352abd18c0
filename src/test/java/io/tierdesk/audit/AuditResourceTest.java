package io.tierdesk.audit;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.SOLUTIONS;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.register;
import static io.tierdesk.support.Fixtures.registerAsMaker;
import static io.tierdesk.support.Fixtures.solution;
import static io.tierdesk.support.Paths.AUDIT;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AuditResourceTest {

    private static ExtractableResponse<Response> eventsOf(String solutionId) {
        return as(uniqueSubject("auditor"), "auditor")
                .queryParam("resource_type", "solution")
                .queryParam("resource_id", solutionId)
                .when()
                .get(AUDIT)
                .then()
                .statusCode(200)
                .extract();
    }

    @Test
    void registeringSolutionWritesRegisteredEvent() {
        String maker = uniqueSubject("maker");
        String requestId = "req-" + UUID.randomUUID();
        Map<String, Object> body = solution("audited");

        Response created = jsonAs(maker, "maker")
                .header("X-Request-Id", requestId)
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(201)
                .extract()
                .response();
        String id = created.path("id");
        String serverRequestId = created.header("X-Request-Id");
        assertThat(serverRequestId)
                .as("the server generates the id it records")
                .isNotEqualTo(requestId)
                .matches("[0-9a-f-]{36}");

        as(uniqueSubject("admin"), "admin")
                .queryParam("resource_type", "solution")
                .queryParam("resource_id", id)
                .when()
                .get(AUDIT)
                .then()
                .statusCode(200)
                .body("items.action", contains("solution.registered"))
                .body("items[0].actor", equalTo(maker))
                .body("items[0].resource_type", equalTo("solution"))
                .body("items[0].resource_id", equalTo(id))
                .body("items[0].request_id", equalTo(serverRequestId))
                .body("items[0].client_request_id", equalTo(requestId))
                .body("items[0].before", nullValue())
                .body("items[0].after.name", equalTo(body.get("name")))
                .body("items[0].after.tier_id", equalTo("productivity"))
                .body("items[0].after.maker", equalTo(maker));
    }

    @Test
    void actorIsTheCallerNotTheNamedMaker() {
        String platform = uniqueSubject("platform");
        Map<String, Object> body = solution("on behalf");
        body.put("maker", uniqueSubject("maker"));
        String id = register(platform, "platform", body);

        assertThat(eventsOf(id).<String>path("items[0].actor")).isEqualTo(platform);
    }

    @Test
    void patchingSolutionWritesUpdatedEventWithChangedFieldsOnly() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);
        String requestId = "req-" + UUID.randomUUID();

        jsonAs(maker, "maker")
                .header("X-Request-Id", requestId)
                .body(Map.of("description", "Approves travel expenses.", "kind", "CANVAS_APP"))
                .when()
                .patch(SOLUTIONS + "/" + id)
                .then()
                .statusCode(200);

        ExtractableResponse<Response> events = eventsOf(id);
        assertThat(events.<List<String>>path("items.action"))
                .containsExactly("solution.updated", "solution.registered");
        assertThat(events.<String>path("items[0].actor")).isEqualTo(maker);
        assertThat(events.<String>path("items[0].request_id")).isNotEqualTo(requestId);
        assertThat(events.<String>path("items[0].client_request_id")).isEqualTo(requestId);
        Map<String, Object> after = events.path("items[0].after");
        assertThat(after).containsOnlyKeys("description").containsEntry("description", "Approves travel expenses.");
        Map<String, Object> before = events.path("items[0].before");
        assertThat(before).doesNotContainKeys("name", "kind", "maker", "tier_id", "version", "updated_at");
    }

    @Test
    void failedRequestWritesNoAuditEvent() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);
        String stale = as(maker, "maker")
                .when()
                .get(SOLUTIONS + "/" + id)
                .then()
                .extract()
                .header("ETag");
        jsonAs(maker, "maker")
                .body(Map.of("description", "first"))
                .when()
                .patch(SOLUTIONS + "/" + id)
                .then()
                .statusCode(200);

        jsonAs(maker, "maker")
                .header("If-Match", stale)
                .body(Map.of("description", "stale"))
                .when()
                .patch(SOLUTIONS + "/" + id)
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON);
        as(maker, "maker").when().post(SOLUTIONS + "/" + id + "/archive").then().statusCode(200);
        as(maker, "maker").when().post(SOLUTIONS + "/" + id + "/archive").then().statusCode(409);
        jsonAs(maker, "maker")
                .body(Map.of("tier_id", "critical"))
                .when()
                .patch(SOLUTIONS + "/" + id)
                .then()
                .statusCode(403);

        assertThat(eventsOf(id).<List<String>>path("items.action"))
                .containsExactly("solution.archived", "solution.updated", "solution.registered");
    }

    @Test
    void makerCannotReadAuditEvents() {
        as(uniqueSubject("maker"), "maker")
                .when()
                .get(AUDIT)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void helpdeskCannotReadAuditEvents() {
        as(uniqueSubject("helpdesk"), "helpdesk")
                .when()
                .get(AUDIT)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void anonymousCannotReadAuditEvents() {
        given().when()
                .get(AUDIT)
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void adminAndAuditorReadAuditEvents() {
        as(uniqueSubject("admin"), "admin")
                .queryParam("limit", 1)
                .when()
                .get(AUDIT)
                .then()
                .statusCode(200);
        as(uniqueSubject("auditor"), "auditor")
                .queryParam("action", "solution.registered")
                .queryParam("limit", 5)
                .when()
                .get(AUDIT)
                .then()
                .statusCode(200);
    }
}
