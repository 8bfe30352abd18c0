package io.tierdesk.environment;

import static io.tierdesk.environment.EnvironmentSupport.ADMIN;
import static io.tierdesk.environment.EnvironmentSupport.REQUESTS;
import static io.tierdesk.environment.EnvironmentSupport.approved;
import static io.tierdesk.environment.EnvironmentSupport.body;
import static io.tierdesk.environment.EnvironmentSupport.claimUntil;
import static io.tierdesk.environment.EnvironmentSupport.create;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.uniqueName;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnvironmentRequestLifecycleTest {

    @Inject
    TestClock clock;

    @Inject
    EnvironmentExpiry expiry;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String path(String id, String action) {
        return REQUESTS + "/" + id + (action == null ? "" : "/" + action);
    }

    @Test
    void aWorkerDedicatedToARegionAndTypeClaimsOnlyThatWork() {
        String maker = uniqueSubject("env-maker");
        String north = "north-" + UUID.randomUUID().toString().substring(0, 8);
        String south = "south-" + UUID.randomUUID().toString().substring(0, 8);
        String northSandbox = approved(maker, inRegion(north, "SANDBOX"));
        String northOther = approved(maker, inRegion(north, "DEVELOPER"));
        String southSandbox = approved(maker, inRegion(south, "SANDBOX"));

        assertThat(claimed(Map.of("max_items", 50, "regions", List.of(north), "types", List.of("SANDBOX"))))
                .containsExactly(northSandbox);
        assertThat(claimed(Map.of("max_items", 50, "regions", List.of(south, north))))
                .containsExactlyInAnyOrder(northOther, southSandbox);
        jsonAs(uniqueSubject("worker"), "automation")
                .body(Map.of("regions", List.of(north)))
                .when()
                .post(REQUESTS + "/claim")
                .then()
                .statusCode(204);
    }

    private static Map<String, Object> inRegion(String region, String type) {
        Map<String, Object> body = body(uniqueName("env"));
        body.put("region", region);
        body.put("type", type);
        return body;
    }

    private static List<String> claimed(Map<String, Object> claim) {
        return jsonAs(uniqueSubject("worker"), "automation")
                .body(claim)
                .when()
                .post(REQUESTS + "/claim")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @Test
    void approvedRequestIsClaimedProvisionedAndGoesLive() {
        String maker = uniqueSubject("env-maker");
        String worker = uniqueSubject("worker");
        String id = create(maker, body(uniqueName("env")));
        as(maker, "maker")
                .when()
                .get(path(id, null))
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"))
                .body("requester", equalTo(maker))
                .body("tier_id", equalTo("productivity"));

        jsonAs(ADMIN, "admin")
                .when()
                .post(path(id, "approve"))
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("decided_by", equalTo(ADMIN));
        Map<String, Object> claimed = claimUntil(worker, id);
        assertThat(claimed.get("status")).isEqualTo("PROVISIONING");
        assertThat(claimed.get("lease_owner")).isEqualTo(worker);
        assertThat(claimed.get("attempts")).isEqualTo(1);

        jsonAs(worker, "automation")
                .body(Map.of("lease_seconds", 600))
                .when()
                .post(path(id, "heartbeat"))
                .then()
                .statusCode(200)
                .body("lease_owner", equalTo(worker));
        jsonAs(worker, "automation")
                .body(Map.of("environment_id", "env-" + id, "environment_url", "https://x.crm4.dynamics.com"))
                .when()
                .post(path(id, "complete"))
                .then()
                .statusCode(200)
                .body("status", equalTo("LIVE"))
                .body("environment_id", equalTo("env-" + id))
                .body("lease_owner", nullValue())
                .body("expires_at", nullValue());

        List<String> actions = jsonAs(ADMIN, "admin")
                .queryParam("resource_type", "environment_request")
                .queryParam("resource_id", id)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions)
                .contains(
                        "environment_request.created",
                        "environment_request.approved",
                        "environment_request.claimed",
                        "environment_request.provisioned");
    }

    @Test
    void failedProvisioningIsRetriedByAnAdmin() {
        String maker = uniqueSubject("env-maker");
        String worker = uniqueSubject("worker");
        String id = approved(maker, body(uniqueName("env")));
        claimUntil(worker, id);
        jsonAs(worker, "automation")
                .body(Map.of("error", "capacity exceeded"))
                .when()
                .post(path(id, "fail"))
                .then()
                .statusCode(200)
                .body("status", equalTo("FAILED"))
                .body("error", equalTo("capacity exceeded"));
        jsonAs(worker, "automation")
                .body(Map.of("error", "again"))
                .when()
                .post(path(id, "fail"))
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);
        jsonAs(ADMIN, "admin")
                .when()
                .post(path(id, "retry"))
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"));
        Map<String, Object> again = claimUntil(worker, id);
        assertThat(again.get("attempts")).isEqualTo(2);
    }

    @Test
    void rejectionNeedsAReasonAndEndsTheRequest() {
        String maker = uniqueSubject("env-maker");
        String id = create(maker, body(uniqueName("env")));
        jsonAs(ADMIN, "admin")
                .body(Map.of())
                .when()
                .post(path(id, "reject"))
                .then()
                .statusCode(400);
        jsonAs(ADMIN, "admin")
                .body(Map.of("reason", "use the shared sandbox"))
                .when()
                .post(path(id, "reject"))
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decision_reason", equalTo("use the shared sandbox"));
        jsonAs(ADMIN, "admin")
                .when()
                .post(path(id, "approve"))
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/illegal-environment-request-transition"));
        jsonAs(maker, "maker").when().post(path(id, "cancel")).then().statusCode(409);
        jsonAs(ADMIN, "admin").when().post(path(id, "retry")).then().statusCode(409);
    }

    @Test
    void requesterCancelsPendingRequestOnly() {
        String maker = uniqueSubject("env-maker");
        String id = create(maker, body(uniqueName("env")));
        jsonAs(maker, "maker")
                .header("If-Match", "\"99\"")
                .when()
                .post(path(id, "cancel"))
                .then()
                .statusCode(412);
        jsonAs(maker, "maker")
                .when()
                .post(path(id, "cancel"))
                .then()
                .statusCode(200)
                .body("status", equalTo("CANCELLED"));
        jsonAs(ADMIN, "admin").when().post(path(id, "approve")).then().statusCode(409);
    }

    @Test
    void onlyTheLeaseHolderReportsAndAnExpiredLeaseReturnsToTheQueue() {
        String maker = uniqueSubject("env-maker");
        String first = uniqueSubject("worker");
        String second = uniqueSubject("worker");
        clock.set(Instant.now());
        String id = approved(maker, body(uniqueName("env")));
        claimUntil(first, id);
        jsonAs(second, "automation")
                .body(Map.of("error", "not mine"))
                .when()
                .post(path(id, "fail"))
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/lease-not-held"));

        clock.advance(Duration.ofSeconds(301));
        jsonAs(first, "automation")
                .body(Map.of())
                .when()
                .post(path(id, "heartbeat"))
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/lease-not-held"));
        Map<String, Object> reclaimed = claimUntil(second, id);
        assertThat(reclaimed.get("lease_owner")).isEqualTo(second);
        assertThat(reclaimed.get("attempts")).isEqualTo(2);
        jsonAs(first, "automation")
                .body(Map.of("environment_id", "e", "environment_url", "u"))
                .when()
                .post(path(id, "complete"))
                .then()
                .statusCode(409);
        jsonAs(second, "automation")
                .body(Map.of("environment_id", "e", "environment_url", "u"))
                .when()
                .post(path(id, "complete"))
                .then()
                .statusCode(200)
                .body("status", equalTo("LIVE"));
    }

    @Test
    void liveEnvironmentIsWarnedThenExpiredAfterItsDuration() {
        String maker = uniqueSubject("env-maker");
        String worker = uniqueSubject("worker");
        Instant start = Instant.parse("2032-05-01T08:00:00Z");
        clock.set(start);
        Map<String, Object> body = body(uniqueName("env"));
        body.put("expiry_days", 10);
        String id = approved(maker, body);
        claimUntil(worker, id);
        jsonAs(worker, "automation")
                .body(Map.of("environment_id", "e1", "environment_url", "https://e1"))
                .when()
                .post(path(id, "complete"))
                .then()
                .statusCode(200)
                .body("expires_at", equalTo("2032-05-11T08:00:00Z"));

        clock.set(start.plus(Duration.ofDays(6)));
        expiry.scanBatch();
        as(maker, "maker")
                .when()
                .get(path(id, null))
                .then()
                .body("status", equalTo("LIVE"))
                .body("expiry_warned_at", nullValue());

        clock.set(start.plus(Duration.ofDays(8)));
        expiry.scanBatch();
        expiry.scanBatch();
        as(maker, "maker")
                .when()
                .get(path(id, null))
                .then()
                .body("status", equalTo("LIVE"))
                .body("expiry_warned_at", equalTo("2032-05-09T08:00:00Z"));

        clock.set(start.plus(Duration.ofDays(10)));
        expiry.scanBatch();
        as(maker, "maker").when().get(path(id, null)).then().body("status", equalTo("EXPIRED"));
        List<String> actions = jsonAs(ADMIN, "admin")
                .queryParam("resource_type", "environment_request")
                .queryParam("resource_id", id)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions).containsOnlyOnce("environment_request.expiry_warning", "environment_request.expired");
    }

    @Test
    void aLiveEnvironmentIsEndedEarlyByItsRequesterOrThePlatformTeamOnly() {
        String maker = uniqueSubject("env-maker");
        String otherMaker = uniqueSubject("env-maker");
        String worker = uniqueSubject("worker");
        Instant now = Instant.parse("2031-02-17T13:45:00Z");
        clock.set(now);
        String pending = create(maker, body(uniqueName("env")));
        jsonAs(maker, "maker")
                .when()
                .post(path(pending, "expire"))
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/illegal-environment-request-transition"));

        String live = approved(maker, body(uniqueName("env")));
        claimUntil(worker, live);
        jsonAs(worker, "automation")
                .body(Map.of("environment_id", "e2", "environment_url", "https://e2"))
                .when()
                .post(path(live, "complete"))
                .then()
                .statusCode(200)
                .body("status", equalTo("LIVE"));
        jsonAs(otherMaker, "maker").when().post(path(live, "expire")).then().statusCode(404);
        jsonAs("h", "helpdesk").when().post(path(live, "expire")).then().statusCode(403);
        jsonAs(worker, "automation").when().post(path(live, "expire")).then().statusCode(403);
        jsonAs(maker, "maker")
                .header("If-Match", "\"99\"")
                .when()
                .post(path(live, "expire"))
                .then()
                .statusCode(412);
        as(maker, "maker").when().get(path(live, null)).then().body("status", equalTo("LIVE"));

        clock.set(now.plus(Duration.ofHours(5)));
        jsonAs(maker, "maker")
                .when()
                .post(path(live, "expire"))
                .then()
                .statusCode(200)
                .body("status", equalTo("EXPIRED"))
                .body("expires_at", equalTo("2031-02-17T18:45:00Z"));
        jsonAs(maker, "maker").when().post(path(live, "expire")).then().statusCode(409);
        expiry.scanBatch();
        List<String> actions = jsonAs(ADMIN, "admin")
                .queryParam("resource_type", "environment_request")
                .queryParam("resource_id", live)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions).containsOnlyOnce("environment_request.expired");

        String another = approved(maker, body(uniqueName("env")));
        claimUntil(worker, another);
        jsonAs(worker, "automation")
                .body(Map.of("environment_id", "e3", "environment_url", "https://e3"))
                .when()
                .post(path(another, "complete"))
                .then()
                .statusCode(200);
        jsonAs(uniqueSubject("coe"), "platform")
                .when()
                .post(path(another, "expire"))
                .then()
                .statusCode(200)
                .body("status", equalTo("EXPIRED"));
    }

    @Test
    void makersListOnlyTheirOwnRequests() {
        String maker = uniqueSubject("env-maker");
        String other = uniqueSubject("env-maker");
        String mine = create(maker, body(uniqueName("env")));
        create(other, body(uniqueName("env")));
        List<String> requesters = as(maker, "maker")
                .queryParam("limit", 200)
                .when()
                .get(REQUESTS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.requester");
        assertThat(requesters).isNotEmpty().containsOnly(maker);
        List<String> pending = as(ADMIN, "admin")
                .queryParam("status", "PENDING")
                .queryParam("limit", 1)
                .when()
                .get(REQUESTS)
                .then()
                .statusCode(200)
                .body("next_cursor", notNullValue())
                .extract()
                .path("items.status");
        assertThat(pending).containsOnly("PENDING");
        assertThat(mine).isNotNull();
    }

    @Test
    void accessRulesForEveryOperation() {
        String maker = uniqueSubject("env-maker");
        String stranger = uniqueSubject("env-maker");
        String id = create(maker, body(uniqueName("env")));
        String missing = "00000000-0000-0000-0000-000000000000";
        // no token
        for (String action : List.of("approve", "reject", "cancel", "retry", "heartbeat", "complete", "fail")) {
            io.restassured.RestAssured.given()
                    .contentType("application/json")
                    .body("{}")
                    .when()
                    .post(path(id, action))
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM_JSON);
        }
        io.restassured.RestAssured.given().when().get(REQUESTS).then().statusCode(401);
        io.restassured.RestAssured.given().when().get(path(id, null)).then().statusCode(401);
        io.restassured.RestAssured.given()
                .contentType("application/json")
                .body(body("x"))
                .when()
                .post(REQUESTS)
                .then()
                .statusCode(401);
        io.restassured.RestAssured.given()
                .contentType("application/json")
                .body("{}")
                .when()
                .post(REQUESTS + "/claim")
                .then()
                .statusCode(401);
        // wrong role
        jsonAs("p", "partner").when().get(REQUESTS).then().statusCode(403);
        jsonAs("p", "partner").when().get(path(id, null)).then().statusCode(403);
        jsonAs("h", "helpdesk").body(body("x")).when().post(REQUESTS).then().statusCode(403);
        jsonAs(maker, "maker")
                .when()
                .post(path(id, "approve"))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        jsonAs(maker, "maker")
                .body(Map.of("reason", "r"))
                .when()
                .post(path(id, "reject"))
                .then()
                .statusCode(403);
        jsonAs(maker, "maker").when().post(path(id, "retry")).then().statusCode(403);
        jsonAs("a", "auditor").when().post(path(id, "cancel")).then().statusCode(403);
        jsonAs(ADMIN, "admin")
                .body(Map.of())
                .when()
                .post(REQUESTS + "/claim")
                .then()
                .statusCode(403);
        jsonAs(maker, "maker")
                .body(Map.of())
                .when()
                .post(path(id, "heartbeat"))
                .then()
                .statusCode(403);
        jsonAs(maker, "maker")
                .body(Map.of("environment_id", "e", "environment_url", "u"))
                .when()
                .post(path(id, "complete"))
                .then()
                .statusCode(403);
        jsonAs(maker, "maker")
                .body(Map.of("error", "e"))
                .when()
                .post(path(id, "fail"))
                .then()
                .statusCode(403);
        // someone else's request, or none at all
        as(stranger, "maker").when().get(path(id, null)).then().statusCode(404).contentType(PROBLEM_JSON);
        jsonAs(stranger, "maker").when().post(path(id, "cancel")).then().statusCode(404);
        jsonAs(ADMIN, "admin").when().post(path(missing, "approve")).then().statusCode(404);
        jsonAs(ADMIN, "admin")
                .body(Map.of("reason", "r"))
                .when()
                .post(path(missing, "reject"))
                .then()
                .statusCode(404);
        jsonAs(ADMIN, "admin").when().post(path(missing, "retry")).then().statusCode(404);
        jsonAs("w", "automation")
                .body(Map.of())
                .when()
                .post(path(missing, "heartbeat"))
                .then()
                .statusCode(404);
        jsonAs("w", "automation")
                .body(Map.of("environment_id", "e", "environment_url", "u"))
                .when()
                .post(path(missing, "complete"))
                .then()
                .statusCode(404);
        jsonAs("w", "automation")
                .body(Map.of("error", "e"))
                .when()
                .post(path(missing, "fail"))
                .then()
                .statusCode(404);
        // allowed callers
        as("auditor-1", "auditor").when().get(path(id, null)).then().statusCode(200);
        as("w", "automation").when().get(REQUESTS).then().statusCode(200);
        jsonAs(ADMIN, "admin")
                .body(body(uniqueName("env")))
                .when()
                .post(REQUESTS)
                .then()
                .statusCode(201)
                .header("ETag", notNullValue())
                .header("Location", notNullValue());
        jsonAs(maker, "maker")
                .body(Map.of("display_name", "x", "type", "SANDBOX", "region", "eu", "purpose", "p", "colour", "red"))
                .when()
                .post(REQUESTS)
                .then()
                .statusCode(400);
        jsonAs(maker, "maker")
                .body(Map.of("display_name", "x", "type", "SANDBOX", "region", "eu", "purpose", "p", "tier_id", "nope"))
                .when()
                .post(REQUESTS)
                .then()
                .statusCode(422);
    }
}
