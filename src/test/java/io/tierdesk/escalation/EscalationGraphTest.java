package io.tierdesk.escalation;

import static io.restassured.RestAssured.given;
import static io.tierdesk.escalation.EscalationGraphFixtures.draft;
import static io.tierdesk.escalation.EscalationGraphFixtures.inForce;
import static io.tierdesk.escalation.EscalationGraphFixtures.publish;
import static io.tierdesk.escalation.EscalationGraphFixtures.publishSteps;
import static io.tierdesk.escalation.EscalationGraphFixtures.step;
import static io.tierdesk.escalation.EscalationGraphFixtures.stepsOf;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.createTeam;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.ESCALATION_GRAPH;
import static io.tierdesk.support.Paths.ESCALATION_GRAPHS;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.ensureDefaultTeams;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.ticketAbout;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EscalationGraphTest {

    private List<Map<String, Object>> original;
    private int originalVersion;

    @BeforeEach
    void remember() {
        ensureDefaultTeams();
        JsonPath graph = inForce();
        original = stepsOf(graph);
        originalVersion = graph.getInt("published_version");
    }

    @AfterEach
    void restore() {
        if (inForce().getInt("published_version") != originalVersion) {
            publishSteps(original);
        }
    }

    private static ValidatableResponse escalate(String ticketId, String subject, String role, Map<String, ?> body) {
        return jsonAs(subject, role)
                .body(body)
                .when()
                .post(ticketPath(ticketId, "escalations"))
                .then();
    }

    private static List<Map<String, Object>> escalations(String ticketId) {
        List<Map<String, Object>> items = as(uniqueSubject("admin"), "admin")
                .queryParam("limit", 200)
                .when()
                .get(ticketPath(ticketId, "history"))
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        return items.stream()
                .filter(entry -> "ESCALATED".equals(entry.get("kind")))
                .toList();
    }

    private static String critical() {
        return registerSolution("critical", uniqueSubject("maker"), null);
    }

    // --- the default graph ---------------------------------------------------------------------------------------

    @Test
    void theSeededGraphCoversTheSupportModelsPathsAndEveryEscalatingRoleReadsIt() {
        for (String role : List.of("maker", "helpdesk", "platform", "partner", "admin", "auditor")) {
            as(uniqueSubject(role), role)
                    .when()
                    .get(ESCALATION_GRAPH)
                    .then()
                    .statusCode(200)
                    .header("ETag", org.hamcrest.Matchers.notNullValue())
                    .body("state", equalTo("PUBLISHED"));
        }
        JsonPath seeded = as(uniqueSubject("admin"), "admin")
                .queryParam("published_version", 1)
                .when()
                .get(ESCALATION_GRAPHS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> moves = seeded.getList("items[0].steps").stream()
                .map(step -> {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> s = (Map<String, Object>) step;
                    return s.get("from_level") + "->" + s.get("to_level") + ":" + s.get("condition");
                })
                .toList();
        assertThat(moves)
                .containsExactly(
                        "MAKER->TEAM:OWNING_TEAM",
                        "MAKER->HELP_DESK:NO_OWNING_TEAM",
                        "TEAM->PLATFORM:ALWAYS",
                        "HELP_DESK->PLATFORM:ALWAYS",
                        "PLATFORM->PARTNER:ALWAYS",
                        "PLATFORM->VENDOR:ALWAYS",
                        "PLATFORM->GLOBAL_ADMIN:ALWAYS",
                        "PARTNER->VENDOR:ALWAYS",
                        "GLOBAL_ADMIN->VENDOR:ALWAYS");
    }

    @Test
    void anEscalationRecordsTheGraphVersionThatAllowedItAndARefusalNamesTheAllowedTargets() {
        String ticket = raiseTicket(uniqueSubject("user"), "HOW_TO");
        escalate(ticket, uniqueSubject("agent"), "helpdesk", Map.of("to_level", "PARTNER", "reason", "Skip"))
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/illegal-escalation"))
                .body("detail", org.hamcrest.Matchers.containsString("[PLATFORM]"))
                .body("detail", org.hamcrest.Matchers.containsString("version " + originalVersion))
                .body("errors[0].field", equalTo("to_level"));

        escalate(ticket, uniqueSubject("agent"), "helpdesk", Map.of("to_level", "PLATFORM", "reason", "Needs it"))
                .statusCode(200);
        assertThat(escalations(ticket))
                .singleElement()
                .satisfies(step -> assertThat(step)
                        .containsEntry("escalation_graph_version", originalVersion)
                        .containsEntry("to_level", "PLATFORM"));
    }

    @Test
    void thePlatformTeamEscalatesAWidespreadProblemToTheTenantsGlobalAdministrators() {
        String admins = createTeam("GLOBAL_ADMIN");
        String ticket = raiseTicket(uniqueSubject("user"), "PLATFORM_ISSUE");
        Map<String, Object> body =
                Map.of("to_level", "GLOBAL_ADMIN", "reason", "Tenant-wide outage", "team_id", admins);

        escalate(ticket, uniqueSubject("platform"), "platform", body)
                .statusCode(200)
                .body("support_level", equalTo("GLOBAL_ADMIN"))
                .body("team_id", equalTo(admins));
        assertThat(escalations(ticket))
                .singleElement()
                .satisfies(step -> assertThat(step)
                        .containsEntry("from_level", "PLATFORM")
                        .containsEntry("to_level", "GLOBAL_ADMIN")
                        .containsEntry("to_team_id", admins)
                        .containsEntry("escalation_graph_version", originalVersion));
    }

    // --- publishing ----------------------------------------------------------------------------------------------

    @Test
    void aPublishedGraphGovernsEscalationsFromThenOnPerTierAndEarlierHistoryKeepsItsVersion() {
        String before = raiseTicket(uniqueSubject("user"), "HOW_TO");
        escalate(before, uniqueSubject("agent"), "helpdesk", Map.of("to_level", "PLATFORM", "reason", "Old graph"))
                .statusCode(200);

        List<Map<String, Object>> steps = new ArrayList<>(original);
        Map<String, Object> vendorForCritical = step("HELP_DESK", "VENDOR");
        vendorForCritical.put("tier_ids", List.of("critical"));
        vendorForCritical.put("note", "The help desk raises vendor cases for critical solutions.");
        steps.add(vendorForCritical);
        String draftId = draft(steps, "Help desk raises vendor cases")
                .statusCode(201)
                .header("Location", org.hamcrest.Matchers.containsString("/escalation-graphs/"))
                .extract()
                .path("id");
        // a draft changes nothing
        String criticalHowTo = raiseTicket(uniqueSubject("user"), ticketAbout("HOW_TO", critical()));
        Map<String, Object> toVendor =
                Map.of("to_level", "VENDOR", "reason", "Known vendor defect", "vendor_case_ref", "CASE-9");
        escalate(criticalHowTo, uniqueSubject("agent"), "helpdesk", toVendor).statusCode(409);

        int published = publish(draftId)
                .statusCode(200)
                .body("state", equalTo("PUBLISHED"))
                .body("published_version", equalTo(originalVersion + 1))
                .extract()
                .path("published_version");
        assertThat(inForce().getString("id")).isEqualTo(draftId);

        escalate(criticalHowTo, uniqueSubject("agent"), "helpdesk", toVendor)
                .statusCode(200)
                .body("support_level", equalTo("VENDOR"));
        assertThat(escalations(criticalHowTo))
                .singleElement()
                .satisfies(step -> assertThat(step).containsEntry("escalation_graph_version", published));

        String plainHowTo = raiseTicket(uniqueSubject("user"), "HOW_TO");
        escalate(plainHowTo, uniqueSubject("agent"), "helpdesk", toVendor)
                .statusCode(409)
                .body("type", equalTo("/problems/illegal-escalation"))
                .body("detail", org.hamcrest.Matchers.containsString("[PLATFORM]"));

        assertThat(escalations(before))
                .singleElement()
                .satisfies(step -> assertThat(step).containsEntry("escalation_graph_version", originalVersion));
    }

    @Test
    void aPublishedGraphIsFrozen() {
        String id = draft(original, null).statusCode(201).extract().path("id");
        publish(id).statusCode(200);
        publish(id)
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/escalation-graph-published"));
    }

    @Test
    void publishingTwiceWithTheSameIdempotencyKeyReplaysTheFirstAnswer() {
        String id = draft(original, null).statusCode(201).extract().path("id");
        String admin = uniqueSubject("admin");
        String key = UUID.randomUUID().toString();
        int version = as(admin, "admin")
                .header("Idempotency-Key", key)
                .when()
                .post(ESCALATION_GRAPHS + "/" + id + "/publish")
                .then()
                .statusCode(200)
                .extract()
                .path("published_version");
        as(admin, "admin")
                .header("Idempotency-Key", key)
                .when()
                .post(ESCALATION_GRAPHS + "/" + id + "/publish")
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("published_version", equalTo(version));
    }

    @Test
    void creatingADraftWithTheSameIdempotencyKeyCreatesOneDraft() {
        String admin = uniqueSubject("admin");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("steps", original, "note", "once");
        String first = jsonAs(admin, "admin")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(ESCALATION_GRAPHS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        jsonAs(admin, "admin")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(ESCALATION_GRAPHS)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }

    @Test
    void aDraftThatNamesUnknownTiersTeamsOfTheWrongKindOrNoMoveIsUnprocessableAndCreatesNothing() {
        Map<String, Object> sameLevel = step("HELP_DESK", "HELP_DESK");
        Map<String, Object> unknownTier = step("HELP_DESK", "PLATFORM");
        unknownTier.put("tier_ids", List.of("no-such-tier"));
        Map<String, Object> wrongTeam = step("PLATFORM", "PARTNER");
        wrongTeam.put("team_id", createTeam("PLATFORM"));
        Map<String, Object> vendorTeam = step("PLATFORM", "VENDOR");
        vendorTeam.put("team_id", createTeam("PLATFORM"));
        String note = "invalid " + UUID.randomUUID();

        draft(List.of(sameLevel, unknownTier, wrongTeam, vendorTeam), note)
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-escalation-graph"))
                .body(
                        "errors.field",
                        org.hamcrest.Matchers.containsInAnyOrder(
                                "steps[0].to_level", "steps[1].tier_ids", "steps[2].team_id", "steps[3].team_id"));
        List<String> notes = as(uniqueSubject("admin"), "admin")
                .queryParam("state", "DRAFT")
                .queryParam("limit", 100)
                .when()
                .get(ESCALATION_GRAPHS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.note");
        assertThat(notes).doesNotContain(note);
    }

    // --- who ------------------------------------------------------------------------------------------------------

    @Test
    void withoutATokenEveryGraphOperationIsUnauthorized() {
        String id = draft(original, null).statusCode(201).extract().path("id");
        given().when().get(ESCALATION_GRAPH).then().statusCode(401);
        given().when().get(ESCALATION_GRAPHS).then().statusCode(401);
        given().when().get(ESCALATION_GRAPHS + "/" + id).then().statusCode(401);
        given().contentType("application/json")
                .body(Map.of("steps", original))
                .when()
                .post(ESCALATION_GRAPHS)
                .then()
                .statusCode(401);
        given().when().post(ESCALATION_GRAPHS + "/" + id + "/publish").then().statusCode(401);
    }

    @Test
    void onlyAdminsDraftAndPublishAndOthersNeitherSeeNorPublishDrafts() {
        String id = draft(original, "admins only").statusCode(201).extract().path("id");
        for (String role : List.of("helpdesk", "platform", "maker", "partner", "auditor")) {
            jsonAs(uniqueSubject(role), role)
                    .body(Map.of("steps", original))
                    .when()
                    .post(ESCALATION_GRAPHS)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM_JSON);
            as(uniqueSubject(role), role)
                    .when()
                    .post(ESCALATION_GRAPHS + "/" + id + "/publish")
                    .then()
                    .statusCode(403);
        }
        for (String role : List.of("automation", "integration")) {
            as(uniqueSubject(role), role).when().get(ESCALATION_GRAPH).then().statusCode(403);
            as(uniqueSubject(role), role).when().get(ESCALATION_GRAPHS).then().statusCode(403);
        }
        for (String role : List.of("helpdesk", "platform", "auditor")) {
            as(uniqueSubject(role), role)
                    .when()
                    .get(ESCALATION_GRAPHS + "/" + id)
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM_JSON);
            as(uniqueSubject(role), role)
                    .queryParam("limit", 100)
                    .when()
                    .get(ESCALATION_GRAPHS)
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(id)))
                    .body("items.state", not(hasItem("DRAFT")));
        }
        as(uniqueSubject("admin"), "admin")
                .when()
                .get(ESCALATION_GRAPHS + "/" + id)
                .then()
                .statusCode(200)
                .body("state", equalTo("DRAFT"))
                .body("published_version", nullValue());
        as(uniqueSubject("admin"), "admin")
                .when()
                .get(ESCALATION_GRAPHS + "/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        as(uniqueSubject("admin"), "admin")
                .when()
                .post(ESCALATION_GRAPHS + "/" + UUID.randomUUID() + "/publish")
                .then()
                .statusCode(404);
        assertThat(inForce().getInt("published_version")).isEqualTo(originalVersion);
    }
}
