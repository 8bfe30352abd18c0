package io.tierdesk.oncall;

import static io.restassured.RestAssured.given;
import static io.tierdesk.oncall.OnCallFixtures.FEED_TOKENS;
import static io.tierdesk.oncall.OnCallFixtures.ON_CALL;
import static io.tierdesk.oncall.OnCallFixtures.POLICIES;
import static io.tierdesk.oncall.OnCallFixtures.ROTATIONS;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.uniqueName;
import static io.tierdesk.support.Tokens.uniqueSubject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OnCallAccessTest {

    private static final String ANY = UUID.randomUUID().toString();

    @Test
    void everyBearerOperationRejectsACallWithoutToken() {
        for (String path : List.of(
                ROTATIONS + "?team_id=" + ANY,
                ROTATIONS + "/" + ANY,
                ROTATIONS + "/" + ANY + "/overrides",
                ROTATIONS + "/" + ANY + "/schedule?since=2026-01-01T00:00:00Z&until=2026-01-02T00:00:00Z",
                ROTATIONS + "/" + ANY + "/gaps",
                POLICIES + "?team_id=" + ANY,
                POLICIES + "/" + ANY,
                ON_CALL + "?team_id=" + ANY,
                FEED_TOKENS)) {
            given().when().get(path).then().statusCode(401).contentType(PROBLEM_JSON);
        }
        for (String path : List.of(ROTATIONS, ROTATIONS + "/" + ANY + "/overrides", POLICIES, FEED_TOKENS)) {
            given().contentType(ContentType.JSON)
                    .body("{}")
                    .when()
                    .post(path)
                    .then()
                    .statusCode(401);
        }
        for (String path : List.of(ROTATIONS + "/" + ANY, POLICIES + "/" + ANY)) {
            given().contentType(ContentType.JSON)
                    .body("{}")
                    .when()
                    .patch(path)
                    .then()
                    .statusCode(401);
        }
        given().when()
                .delete(ROTATIONS + "/" + ANY + "/overrides/" + ANY)
                .then()
                .statusCode(401);
        given().when().delete(FEED_TOKENS + "/" + ANY).then().statusCode(401);
        given().when()
                .get("/api/v1/calendar-feeds/rotations/" + ANY + ".ics?token=nope")
                .then()
                .statusCode(401);
        given().when()
                .get("/api/v1/calendar-feeds/people/someone.ics?token=nope")
                .then()
                .statusCode(401);
    }

    @Test
    void outsidersGetNotFoundAndHelpdeskAndAuditorsRead() {
        OnCallFixtures team = OnCallFixtures.team(1);
        String rotation = team.rotation("UTC", team.members, 1, "DAYS", "2026-01-05T00:00:00");
        String policy = policy(team, rotation);
        String override = team.override(rotation, "2026-01-06T00:00:00Z", "2026-01-06T02:00:00Z", team.member(0));
        String outsider = uniqueSubject("outsider");
        List<String> reads = List.of(
                ROTATIONS + "?team_id=" + team.teamId,
                ROTATIONS + "/" + rotation,
                ROTATIONS + "/" + rotation + "/overrides",
                ROTATIONS + "/" + rotation + "/schedule?since=2026-01-05T00:00:00Z&until=2026-01-12T00:00:00Z",
                ROTATIONS + "/" + rotation + "/gaps",
                POLICIES + "?team_id=" + team.teamId,
                POLICIES + "/" + policy,
                ON_CALL + "?team_id=" + team.teamId,
                ON_CALL + "?escalation_policy_id=" + policy);
        for (String path : reads) {
            as(outsider, "maker").when().get(path).then().statusCode(404).contentType(PROBLEM_JSON);
            as(team.member(0), "maker").when().get(path).then().statusCode(200);
            as(uniqueSubject("helpdesk"), "helpdesk").when().get(path).then().statusCode(200);
            as(uniqueSubject("auditor"), "auditor").when().get(path).then().statusCode(200);
        }
        jsonAs(outsider, "maker")
                .body(Map.of("name", "x"))
                .when()
                .patch(ROTATIONS + "/" + rotation)
                .then()
                .statusCode(404);
        jsonAs(outsider, "maker")
                .body(Map.of("name", "x"))
                .when()
                .patch(POLICIES + "/" + policy)
                .then()
                .statusCode(404);
        jsonAs(outsider, "maker")
                .body(Map.of("start", "2026-01-06T00:00:00Z", "end", "2026-01-06T01:00:00Z", "member", outsider))
                .when()
                .post(ROTATIONS + "/" + rotation + "/overrides")
                .then()
                .statusCode(404);
        as(outsider, "maker")
                .when()
                .delete(ROTATIONS + "/" + rotation + "/overrides/" + override)
                .then()
                .statusCode(404);
        jsonAs(outsider, "maker")
                .body(team.rotationBody("UTC", team.members, 1, "DAYS", "2026-01-05T00:00:00"))
                .when()
                .post(ROTATIONS)
                .then()
                .statusCode(404);
    }

    @Test
    void onlyLeadsPlatformAndAdminChangeRotationsAndPolicies() {
        OnCallFixtures team = OnCallFixtures.team(2);
        String rotation = team.rotation("UTC", team.members, 1, "DAYS", "2026-01-05T00:00:00");
        String policy = policy(team, rotation);
        for (String[] caller :
                List.of(new String[] {team.member(0), "maker"}, new String[] {uniqueSubject("hd"), "helpdesk"})) {
            jsonAs(caller[0], caller[1])
                    .body(team.rotationBody("UTC", team.members, 1, "DAYS", "2026-01-05T00:00:00"))
                    .when()
                    .post(ROTATIONS)
                    .then()
                    .statusCode(403);
            jsonAs(caller[0], caller[1])
                    .body(Map.of("name", "x"))
                    .when()
                    .patch(ROTATIONS + "/" + rotation)
                    .then()
                    .statusCode(403);
            jsonAs(caller[0], caller[1])
                    .body(Map.of(
                            "team_id",
                            team.teamId,
                            "name",
                            "p",
                            "levels",
                            List.of(Map.of("delay_minutes", 0, "subject", team.lead))))
                    .when()
                    .post(POLICIES)
                    .then()
                    .statusCode(403);
            jsonAs(caller[0], caller[1])
                    .body(Map.of("repeat", 2))
                    .when()
                    .patch(POLICIES + "/" + policy)
                    .then()
                    .statusCode(403);
        }
        jsonAs(uniqueSubject("platform"), "platform")
                .body(Map.of("name", uniqueName("renamed")))
                .when()
                .patch(ROTATIONS + "/" + rotation)
                .then()
                .statusCode(200);
        jsonAs(uniqueSubject("admin"), "admin")
                .body(Map.of("repeat", 2))
                .when()
                .patch(POLICIES + "/" + policy)
                .then()
                .statusCode(200);
    }

    @Test
    void membersOverrideOnlyToPutThemselvesOnCallOrHandOverTheirOwnShift() {
        OnCallFixtures team = OnCallFixtures.team(3);
        String rotation = team.rotation("UTC", team.members.subList(0, 2), 1, "DAYS", "2026-01-05T00:00:00");
        String overrides = ROTATIONS + "/" + rotation + "/overrides";
        // 5 January is member 0's shift, 6 January member 1's.
        jsonAs(team.member(2), "maker")
                .body(Map.of("start", "2026-01-05T10:00:00Z", "end", "2026-01-05T12:00:00Z", "member", team.member(2)))
                .when()
                .post(overrides)
                .then()
                .statusCode(201);
        jsonAs(team.member(0), "maker")
                .body(Map.of("start", "2026-01-05T14:00:00Z", "end", "2026-01-05T16:00:00Z", "member", team.member(2)))
                .when()
                .post(overrides)
                .then()
                .statusCode(201);
        jsonAs(team.member(0), "maker")
                .body(Map.of("start", "2026-01-06T10:00:00Z", "end", "2026-01-06T12:00:00Z", "member", team.member(2)))
                .when()
                .post(overrides)
                .then()
                .statusCode(403);
        jsonAs(team.member(0), "maker")
                .body(Map.of("start", "2026-01-05T18:00:00Z", "end", "2026-01-05T19:00:00Z"))
                .when()
                .post(overrides)
                .then()
                .statusCode(403);
        jsonAs(uniqueSubject("hd"), "helpdesk")
                .body(Map.of("start", "2026-01-05T18:00:00Z", "end", "2026-01-05T19:00:00Z"))
                .when()
                .post(overrides)
                .then()
                .statusCode(403);
        String leads = team.override(rotation, "2026-01-06T10:00:00Z", "2026-01-06T11:00:00Z", null);
        as(team.member(0), "maker")
                .when()
                .delete(overrides + "/" + leads)
                .then()
                .statusCode(403);
        as(team.lead, "maker").when().delete(overrides + "/" + leads).then().statusCode(204);
        jsonAs(team.lead, "maker")
                .body(Map.of(
                        "start",
                        "2026-01-06T10:00:00Z",
                        "end",
                        "2026-01-06T11:00:00Z",
                        "member",
                        uniqueSubject("stranger")))
                .when()
                .post(overrides)
                .then()
                .statusCode(422);
    }

    private static String policy(OnCallFixtures team, String rotation) {
        return jsonAs(team.lead, "maker")
                .body(Map.of(
                        "team_id",
                        team.teamId,
                        "name",
                        uniqueName("policy"),
                        "levels",
                        List.of(Map.of("delay_minutes", 0, "rotation_id", rotation))))
                .when()
                .post(POLICIES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
