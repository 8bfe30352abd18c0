package io.tierdesk.governance;

import static io.tierdesk.support.Fixtures.SOLUTIONS;
import static io.tierdesk.support.Fixtures.addMember;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.createTeam;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.register;
import static io.tierdesk.support.Fixtures.solution;
import static io.tierdesk.support.Fixtures.uniqueName;
import static io.tierdesk.support.Paths.COMPLIANCE_FINDINGS;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.tierdesk.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ComplianceTest {

    static String compliancePath(String id) {
        return SOLUTIONS + "/" + id + "/compliance";
    }

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void bareCriticalSolutionLacksEverythingItsTierRequires() {
        String maker = uniqueSubject("gov-maker");
        Map<String, Object> body = solution("critical");
        body.put("maker", maker);
        body.put("tier_id", "critical");
        String id = register("gov-admin", "admin", body);

        List<String> codes = as(maker, "maker")
                .when()
                .get(compliancePath(id))
                .then()
                .statusCode(200)
                .body("compliant", equalTo(false))
                .body("tier_id", equalTo("critical"))
                .extract()
                .path("findings.code");
        assertThat(codes)
                .containsExactlyInAnyOrder(
                        "MISSING_DESCRIPTION",
                        "MISSING_BUSINESS_JUSTIFICATION",
                        "MISSING_MITIGATION_PLAN",
                        "NO_DEDICATED_ENVIRONMENT",
                        "NO_PIPELINE_ALM",
                        "NO_SERVICE_PRINCIPAL_OWNER",
                        "NO_SUPPORT_TEAM",
                        "NO_ONCALL_ROTATION");
        List<String> severities = as(maker, "maker")
                .when()
                .get(compliancePath(id))
                .then()
                .extract()
                .path("findings.severity");
        assertThat(severities.get(0)).isEqualTo("HIGH");
        assertThat(severities.get(severities.size() - 1)).isEqualTo("MEDIUM");
    }

    @Test
    void completeCriticalSolutionOnlyLacksWhatMustBeAttested() {
        Map<String, Object> body = criticalWithEverything(uniqueName("bu"));
        String id = register("gov-admin", "admin", body);
        List<String> codes = as("gov-auditor", "auditor")
                .when()
                .get(compliancePath(id))
                .then()
                .statusCode(200)
                .extract()
                .path("findings.code");
        assertThat(codes).containsExactlyInAnyOrder("NO_PIPELINE_ALM", "NO_SERVICE_PRINCIPAL_OWNER");
    }

    @Test
    void aCriticalSolutionsTeamMustKeepAnOnCallRotationThatHasNotEnded() {
        Map<String, Object> body = criticalWithEverything(uniqueName("bu"));
        String team = createTeam("PLATFORM");
        body.put("owning_team_id", team);
        String id = register("gov-admin", "admin", body);
        assertThat(as("gov-auditor", "auditor")
                        .when()
                        .get(compliancePath(id))
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("findings.code"))
                .contains("NO_ONCALL_ROTATION");

        String rotation = rotationFor(team);
        assertThat(as("gov-auditor", "auditor")
                        .when()
                        .get(compliancePath(id))
                        .then()
                        .extract()
                        .<List<String>>path("findings.code"))
                .doesNotContain("NO_ONCALL_ROTATION");

        Instant now = Instant.parse("2030-01-07T10:00:00Z");
        clock.set(now);
        String etag = as("gov-admin", "admin")
                .when()
                .get("/api/v1/rotations/" + rotation)
                .then()
                .extract()
                .header("ETag");
        jsonAs("gov-admin", "admin")
                .header("If-Match", etag)
                .body(Map.of("effective_until", now.plus(Duration.ofHours(1)).toString()))
                .when()
                .patch("/api/v1/rotations/" + rotation)
                .then()
                .statusCode(200);
        clock.set(now.plus(Duration.ofHours(2)));
        assertThat(as("gov-auditor", "auditor")
                        .when()
                        .get(compliancePath(id))
                        .then()
                        .extract()
                        .<List<String>>path("findings.code"))
                .contains("NO_ONCALL_ROTATION");
    }

    @Test
    void productivitySolutionWithADescriptionIsCompliant() {
        String maker = uniqueSubject("gov-maker");
        Map<String, Object> body = solution("productive");
        body.put("description", "Tracks team holidays.");
        String id = register(maker, "maker", body);
        as(maker, "maker")
                .when()
                .get(compliancePath(id))
                .then()
                .statusCode(200)
                .body("compliant", equalTo(true))
                .body("findings.size()", equalTo(0));
        as(uniqueSubject("gov-maker"), "maker")
                .when()
                .get(compliancePath(id))
                .then()
                .statusCode(404);
        RestAssured.given().when().get(compliancePath(id)).then().statusCode(401);
    }

    @Test
    void aMakerPreviewsWhatAHigherTierWouldRequire() {
        String maker = uniqueSubject("gov-maker");
        Map<String, Object> body = solution("preview");
        body.put("description", "Books meeting rooms.");
        String id = register(maker, "maker", body);

        List<String> codes = as(maker, "maker")
                .queryParam("tier", "critical")
                .when()
                .get(compliancePath(id))
                .then()
                .statusCode(200)
                .body("tier_id", equalTo("critical"))
                .body("solution_tier_id", equalTo("productivity"))
                .body("compliant", equalTo(false))
                .extract()
                .path("findings.code");
        assertThat(codes)
                .contains("MISSING_MITIGATION_PLAN", "NO_SUPPORT_TEAM", "NO_PIPELINE_ALM", "SUPPORT_LEVEL_BELOW_TIER")
                .doesNotContain("MISSING_DESCRIPTION");
        as(maker, "maker")
                .when()
                .get(compliancePath(id))
                .then()
                .body("tier_id", equalTo("productivity"))
                .body("compliant", equalTo(true));
        as(maker, "maker")
                .queryParam("tier", "platinum")
                .when()
                .get(compliancePath(id))
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("tier"));
    }

    @Test
    void inventoryFindingsFilterAndPageInTheDatabase() {
        String unit = uniqueName("bu");
        String bare = register("gov-admin", "admin", withUnit(solution("important"), unit, "important"));
        register("gov-admin", "admin", criticalWithEverything(unit));
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as("gov-platform", "platform")
                    .queryParam("business_unit", unit)
                    .queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.when()
                    .get(COMPLIANCE_FINDINGS)
                    .then()
                    .statusCode(200)
                    .extract();
            all.addAll(page.path("items"));
            cursor = page.path("next_cursor");
            pages++;
        } while (cursor != null);
        // important bare: description, justification, environment, team (all MEDIUM); critical: 2 HIGH
        assertThat(all).hasSize(6);
        assertThat(pages).isEqualTo(3);
        assertThat(all.subList(0, 2)).extracting(f -> f.get("severity")).containsOnly("HIGH");
        assertThat(all.subList(2, 6)).extracting(f -> f.get("solution_id")).containsOnly(bare);

        List<String> high = as("gov-helpdesk", "helpdesk")
                .queryParam("business_unit", unit)
                .queryParam("severity", "HIGH")
                .queryParam("code", "NO_PIPELINE_ALM")
                .when()
                .get(COMPLIANCE_FINDINGS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.code");
        assertThat(high).containsExactly("NO_PIPELINE_ALM");
        assertThat(as("gov-auditor", "auditor")
                        .queryParam("business_unit", unit)
                        .queryParam("tier_id", "important")
                        .when()
                        .get(COMPLIANCE_FINDINGS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<Object>>path("items"))
                .hasSize(4);
    }

    @Test
    void inventoryFindingsAreForGovernanceStaff() {
        RestAssured.given().when().get(COMPLIANCE_FINDINGS).then().statusCode(401);
        as(uniqueSubject("gov-maker"), "maker")
                .when()
                .get(COMPLIANCE_FINDINGS)
                .then()
                .statusCode(403);
        as("gov-partner", "partner").when().get(COMPLIANCE_FINDINGS).then().statusCode(403);
        as("gov-admin", "admin")
                .queryParam("cursor", "forged.cursor")
                .when()
                .get(COMPLIANCE_FINDINGS)
                .then()
                .statusCode(400);
    }

    static Map<String, Object> criticalWithEverything(String unit) {
        Map<String, Object> body = withUnit(solution("critical"), unit, "critical");
        body.put("description", "Intake of insurance claims.");
        body.put("business_justification", "Handles 2000 claims a day.");
        body.put("mitigation_plan_url", "https://wiki.example.org/claims/mitigation");
        body.put("environment", Map.of("id", "env-prod-claims", "name", "Claims Prod", "type", "PRODUCTION"));
        String team = createTeam("PLATFORM");
        rotationFor(team);
        body.put("owning_team_id", team);
        return body;
    }

    /** A weekly rotation of one member of the team, created by an admin. */
    static String rotationFor(String team) {
        String member = uniqueSubject("gov-oncall");
        addMember(team, member, "MEMBER");
        return jsonAs("gov-admin", "admin")
                .body(Map.of(
                        "team_id",
                        team,
                        "name",
                        uniqueName("rotation"),
                        "time_zone",
                        "Europe/Madrid",
                        "members",
                        List.of(member),
                        "shift_length",
                        Map.of("amount", 1, "unit", "WEEKS"),
                        "handoff_anchor",
                        "2026-01-05T09:00:00"))
                .when()
                .post("/api/v1/rotations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static Map<String, Object> withUnit(Map<String, Object> body, String unit, String tier) {
        body.put("business_unit", unit);
        body.put("tier_id", tier);
        body.put("maker", uniqueSubject("gov-maker"));
        return body;
    }
}
