package io.tierdesk.governance;

import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.SOLUTIONS;
import static io.tierdesk.support.Fixtures.addMember;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.createTeam;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.register;
import static io.tierdesk.support.Fixtures.registerAsMaker;
import static io.tierdesk.support.Fixtures.solution;
import static io.tierdesk.support.Paths.GRADUATION_REQUESTS;
import static io.tierdesk.support.Paths.HANDOFFS;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GraduationAndHandoffTest {

    static final String GOV = "gov-platform";
    static final List<String> CRITICAL_ITEMS = List.of(
            "RUNBOOK",
            "ALM_PIPELINE",
            "DEDICATED_ENVIRONMENT",
            "SERVICE_PRINCIPAL_OWNER",
            "ONCALL_ROTATION",
            "KNOWLEDGE_BASE_ARTICLE");

    private static volatile boolean teamsEnsured;

    /** Graduation to Critical hands off to the (earliest) platform team; make sure one exists. */
    @BeforeEach
    void platformTeamExists() {
        if (!teamsEnsured) {
            createTeam("PLATFORM");
            createTeam("HELP_DESK");
            teamsEnsured = true;
        }
    }

    static String ask(String subject, String role, String solutionId, String tier) {
        return jsonAs(subject, role)
                .body(Map.of("solution_id", solutionId, "to_tier_id", tier, "justification", "It grew."))
                .when()
                .post(GRADUATION_REQUESTS)
                .then()
                .statusCode(201)
                .body("status", equalTo("PENDING"))
                .extract()
                .path("id");
    }

    static io.restassured.response.ValidatableResponse move(
            String handoff, String subject, String role, String status) {
        return jsonAs(subject, role)
                .body(Map.of("status", status))
                .when()
                .post(HANDOFFS + "/" + handoff + "/transitions")
                .then();
    }

    static void tick(String handoff, String subject, String role, String item) {
        jsonAs(subject, role)
                .body(Map.of("evidence", "https://evidence.example.org/" + item))
                .when()
                .post(HANDOFFS + "/" + handoff + "/checklist/" + item)
                .then()
                .statusCode(200);
    }

    @Test
    void graduationToCriticalHandsOffToThePlatformTeamAndChangesTierOnCompletion() {
        String maker = uniqueSubject("grad-maker");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, maker, "MEMBER");
        Map<String, Object> body = solution("graduating");
        body.put("maker", maker);
        body.put("tier_id", "important");
        body.put("owning_team_id", teamId);
        String solutionId = register(GOV, "platform", body);
        Map<String, Object> bug =
                new HashMap<>(Map.of("category", "BUG", "title", "broken", "solution_id", solutionId));
        String ticket = jsonAs(maker, "maker")
                .body(bug)
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("support_level", equalTo("TEAM"))
                .extract()
                .path("id");

        String request = ask(maker, "maker", solutionId, "critical");
        jsonAs(maker, "maker")
                .body(Map.of("solution_id", solutionId, "to_tier_id", "productivity", "justification", "again"))
                .when()
                .post(GRADUATION_REQUESTS)
                .then()
                .statusCode(409);
        String handoff = jsonAs(GOV, "platform")
                .body(Map.of("reason", "Critical now"))
                .when()
                .post(GRADUATION_REQUESTS + "/" + request + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("handoff_id", notNullValue())
                .extract()
                .path("handoff_id");
        jsonAs(GOV, "platform")
                .body(Map.of("reason", "again"))
                .when()
                .post(GRADUATION_REQUESTS + "/" + request + "/approve")
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);
        as(maker, "maker").when().get(SOLUTIONS + "/" + solutionId).then().body("tier_id", equalTo("important"));

        as(maker, "maker")
                .when()
                .get(HANDOFFS + "/" + handoff)
                .then()
                .statusCode(200)
                .body("status", equalTo("PROPOSED"))
                .body("to_level", equalTo("PLATFORM"))
                .body("target_tier_id", equalTo("critical"))
                .body("checklist.findAll { it.required }.code", containsInAnyOrder(CRITICAL_ITEMS.toArray()));
        move(handoff, maker, "maker", "ACCEPTED").statusCode(403);
        move(handoff, GOV, "platform", "COMPLETED").statusCode(409);
        move(handoff, GOV, "platform", "ACCEPTED").statusCode(200);
        move(handoff, GOV, "platform", "IN_PROGRESS").statusCode(200);
        tick(handoff, maker, "maker", "RUNBOOK");
        tick(handoff, GOV, "platform", "ALM_PIPELINE");
        move(handoff, GOV, "platform", "COMPLETED")
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/checklist-incomplete"))
                .body(
                        "errors.field",
                        containsInAnyOrder(
                                "checklist.DEDICATED_ENVIRONMENT",
                                "checklist.SERVICE_PRINCIPAL_OWNER",
                                "checklist.ONCALL_ROTATION",
                                "checklist.KNOWLEDGE_BASE_ARTICLE"));
        as(maker, "maker")
                .when()
                .get(SOLUTIONS + "/" + solutionId)
                .then()
                .body("tier_id", equalTo("important"))
                .body("owning_team_id", equalTo(teamId));
        for (String item : List.of(
                "DEDICATED_ENVIRONMENT", "SERVICE_PRINCIPAL_OWNER", "ONCALL_ROTATION", "KNOWLEDGE_BASE_ARTICLE")) {
            tick(handoff, GOV, "platform", item);
        }
        move(handoff, GOV, "platform", "COMPLETED")
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("rerouted_tickets", equalTo(1));

        String platformTeam = as(GOV, "platform")
                .when()
                .get(HANDOFFS + "/" + handoff)
                .then()
                .extract()
                .path("to_team_id");
        as(GOV, "platform")
                .when()
                .get(SOLUTIONS + "/" + solutionId)
                .then()
                .statusCode(200)
                .body("tier_id", equalTo("critical"))
                .body("support_level", equalTo("PLATFORM"))
                .body("owning_team_id", equalTo(platformTeam));
        as(GOV, "platform")
                .when()
                .get(ticketPath(ticket))
                .then()
                .body("support_level", equalTo("PLATFORM"))
                .body("team_id", equalTo(platformTeam));
        as(GOV, "platform")
                .when()
                .get(GRADUATION_REQUESTS + "/" + request)
                .then()
                .body("status", equalTo("COMPLETED"));
        List<String> codes = as(GOV, "platform")
                .when()
                .get(SOLUTIONS + "/" + solutionId + "/compliance")
                .then()
                .extract()
                .path("findings.code");
        assertThat(codes).doesNotContain("NO_PIPELINE_ALM", "NO_SERVICE_PRINCIPAL_OWNER");
        move(handoff, GOV, "platform", "CANCELLED").statusCode(409);

        List<String> solutionAudit = as("gov-auditor", "auditor")
                .queryParam("resource_type", "solution")
                .queryParam("resource_id", solutionId)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .extract()
                .path("items.action");
        assertThat(solutionAudit).contains("solution.handed_off");
        as("gov-auditor", "auditor")
                .queryParam("resource_type", "handoff")
                .queryParam("resource_id", handoff)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .body("items.action", hasItems("handoff.proposed", "handoff.completed", "handoff.checklist_ticked"));
    }

    @Test
    void graduationToALowerTierChangesItAtOnce() {
        String maker = uniqueSubject("grad-maker");
        Map<String, Object> body = solution("downgrade");
        body.put("maker", maker);
        body.put("tier_id", "important");
        String solutionId = register(GOV, "platform", body);
        String request = ask(GOV, "platform", solutionId, "productivity");
        jsonAs("gov-admin", "admin")
                .body(Map.of("reason", "Small again"))
                .when()
                .post(GRADUATION_REQUESTS + "/" + request + "/approve")
                .then()
                .statusCode(200)
                .body("status", equalTo("COMPLETED"))
                .body("decided_by", equalTo("gov-admin"));
        as(maker, "maker")
                .when()
                .get(SOLUTIONS + "/" + solutionId)
                .then()
                .body("tier_id", equalTo("productivity"))
                .body("support_level", equalTo("MAKER"));
        jsonAs(maker, "maker")
                .body(Map.of("solution_id", solutionId, "to_tier_id", "productivity", "justification", "same"))
                .when()
                .post(GRADUATION_REQUESTS)
                .then()
                .statusCode(422);
    }

    @Test
    void rejectedGraduationNeedsAReasonAndCannotBeApprovedLater() {
        String maker = uniqueSubject("grad-maker");
        String solutionId = registerAsMaker(maker);
        String request = ask(maker, "maker", solutionId, "important");
        jsonAs(GOV, "platform")
                .body(Map.of())
                .when()
                .post(GRADUATION_REQUESTS + "/" + request + "/reject")
                .then()
                .statusCode(400);
        jsonAs(GOV, "platform")
                .body(Map.of("reason", "not yet"))
                .header("If-Match", "\"42\"")
                .when()
                .post(GRADUATION_REQUESTS + "/" + request + "/reject")
                .then()
                .statusCode(412);
        jsonAs(GOV, "platform")
                .body(Map.of("reason", "not yet"))
                .when()
                .post(GRADUATION_REQUESTS + "/" + request + "/reject")
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("decision_reason", equalTo("not yet"));
        jsonAs(GOV, "platform")
                .body(Map.of("reason", "ok"))
                .when()
                .post(GRADUATION_REQUESTS + "/" + request + "/approve")
                .then()
                .statusCode(409)
                .body("type", equalTo("/problems/illegal-graduation-transition"));
        ask(maker, "maker", solutionId, "important");
    }

    @Test
    void ownersProposeATeamHandoffAndCancellingEndsIt() {
        String maker = uniqueSubject("ho-maker");
        String solutionId = registerAsMaker(maker);
        String team = createTeam("BUSINESS_UNIT");
        String lead = uniqueSubject("ho-lead");
        addMember(team, lead, "LEAD");
        String handoff = jsonAs(maker, "maker")
                .body(Map.of("solution_id", solutionId, "to_team_id", team, "to_level", "TEAM"))
                .when()
                .post(HANDOFFS)
                .then()
                .statusCode(201)
                .body("status", equalTo("PROPOSED"))
                .body("target_tier_id", equalTo("productivity"))
                .body("checklist.findAll { it.required }.size()", equalTo(0))
                .extract()
                .path("id");
        jsonAs(maker, "maker")
                .body(Map.of("solution_id", solutionId, "to_team_id", team, "to_level", "TEAM"))
                .when()
                .post(HANDOFFS)
                .then()
                .statusCode(409);
        as(lead, "maker").when().get(HANDOFFS + "/" + handoff).then().statusCode(200);
        jsonAs(lead, "maker")
                .body(Map.of("evidence", "x"))
                .when()
                .post(HANDOFFS + "/" + handoff + "/checklist/RUNBOOK")
                .then()
                .statusCode(409);
        move(handoff, maker, "maker", "ACCEPTED").statusCode(403);
        move(handoff, lead, "maker", "ACCEPTED").statusCode(200);
        move(handoff, lead, "maker", "REJECTED").statusCode(409);
        move(handoff, maker, "maker", "CANCELLED").statusCode(200).body("status", equalTo("CANCELLED"));
        move(handoff, lead, "maker", "IN_PROGRESS").statusCode(409);
        as(maker, "maker").when().get(SOLUTIONS + "/" + solutionId).then().body("support_level", equalTo("MAKER"));
    }

    @Test
    void theHelpDeskTicksTheKnowledgeBaseArticleItOwnsAndNoOtherItem() {
        String maker = uniqueSubject("kb-maker");
        String solutionId = registerAsMaker(maker);
        String team = createTeam("BUSINESS_UNIT");
        String handoff = jsonAs(GOV, "platform")
                .body(Map.of("solution_id", solutionId, "to_team_id", team, "to_level", "TEAM", "reason", "kb"))
                .when()
                .post(HANDOFFS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        move(handoff, GOV, "platform", "ACCEPTED").statusCode(200);
        String agent = uniqueSubject("kb-agent");

        tick(handoff, agent, "helpdesk", "KNOWLEDGE_BASE_ARTICLE");
        as(agent, "helpdesk")
                .when()
                .get(HANDOFFS + "/" + handoff)
                .then()
                .body("checklist.find { it.code == 'KNOWLEDGE_BASE_ARTICLE' }.done", equalTo(true))
                .body("checklist.find { it.code == 'KNOWLEDGE_BASE_ARTICLE' }.ticked_by", equalTo(agent));
        jsonAs(agent, "helpdesk")
                .body(Map.of("evidence", "https://evidence.example.org/runbook"))
                .when()
                .post(HANDOFFS + "/" + handoff + "/checklist/RUNBOOK")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void teamHandoffCompletesWithoutGraduationAndKeepsTheTier() {
        String maker = uniqueSubject("ho-maker");
        String solutionId = registerAsMaker(maker);
        String team = createTeam("BUSINESS_UNIT");
        String handoff = jsonAs(GOV, "platform")
                .body(Map.of(
                        "solution_id", solutionId, "to_team_id", team, "to_level", "TEAM", "reason", "team takes over"))
                .when()
                .post(HANDOFFS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        move(handoff, GOV, "platform", "ACCEPTED").statusCode(200);
        move(handoff, GOV, "platform", "IN_PROGRESS").statusCode(200);
        move(handoff, GOV, "platform", "COMPLETED").statusCode(200).body("rerouted_tickets", equalTo(0));
        as(maker, "maker")
                .when()
                .get(SOLUTIONS + "/" + solutionId)
                .then()
                .body("tier_id", equalTo("productivity"))
                .body("support_level", equalTo("TEAM"))
                .body("owning_team_id", equalTo(team));
    }

    @Test
    void graduationRequestsListOnlyForThoseWhoSeeTheSolutionAndPageByCreation() {
        String maker = uniqueSubject("list-maker");
        String stranger = uniqueSubject("list-maker");
        String first = registerAsMaker(maker);
        String second = registerAsMaker(maker);
        String firstRequest = ask(maker, "maker", first, "important");
        String secondRequest = ask(maker, "maker", second, "important");
        jsonAs(GOV, "platform")
                .body(Map.of("reason", "Not yet."))
                .when()
                .post(GRADUATION_REQUESTS + "/" + firstRequest + "/reject")
                .then()
                .statusCode(200);

        String cursor = as(maker, "maker")
                .queryParam("limit", 1)
                .when()
                .get(GRADUATION_REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", contains(secondRequest))
                .extract()
                .path("next_cursor");
        as(maker, "maker")
                .queryParam("limit", 1)
                .queryParam("cursor", cursor)
                .when()
                .get(GRADUATION_REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", contains(firstRequest));
        as(stranger, "maker")
                .queryParam("limit", 1)
                .queryParam("cursor", cursor)
                .when()
                .get(GRADUATION_REQUESTS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        as(stranger, "maker")
                .when()
                .get(GRADUATION_REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItems(firstRequest)));
        as(stranger, "maker")
                .queryParam("solution_id", first)
                .when()
                .get(GRADUATION_REQUESTS)
                .then()
                .statusCode(200)
                .body("items", empty());
        as(GOV, "platform")
                .queryParam("solution_id", first)
                .queryParam("status", "REJECTED")
                .when()
                .get(GRADUATION_REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", contains(firstRequest));
        as("gov-auditor", "auditor")
                .queryParam("solution_id", second)
                .queryParam("status", "PENDING")
                .when()
                .get(GRADUATION_REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", contains(secondRequest));
        as(GOV, "platform")
                .queryParam("status", "SOMEDAY")
                .when()
                .get(GRADUATION_REQUESTS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        RestAssured.given()
                .when()
                .get(GRADUATION_REQUESTS)
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void handoffsListForTheSolutionsOwnersAndTheReceivingTeamOnly() {
        String maker = uniqueSubject("list-maker");
        String solutionId = registerAsMaker(maker);
        String team = createTeam("BUSINESS_UNIT");
        String lead = uniqueSubject("list-lead");
        addMember(team, lead, "LEAD");
        String handoff = jsonAs(maker, "maker")
                .body(Map.of("solution_id", solutionId, "to_team_id", team, "to_level", "TEAM"))
                .when()
                .post(HANDOFFS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        as(maker, "maker")
                .queryParam("solution_id", solutionId)
                .when()
                .get(HANDOFFS)
                .then()
                .statusCode(200)
                .body("items.id", contains(handoff))
                .body("items[0].status", equalTo("PROPOSED"));
        as(lead, "maker")
                .queryParam("to_team_id", team)
                .when()
                .get(HANDOFFS)
                .then()
                .statusCode(200)
                .body("items.id", contains(handoff));
        as(lead, "maker")
                .queryParam("to_team_id", team)
                .queryParam("status", "COMPLETED")
                .when()
                .get(HANDOFFS)
                .then()
                .statusCode(200)
                .body("items", empty());
        as(uniqueSubject("list-maker"), "maker")
                .queryParam("solution_id", solutionId)
                .when()
                .get(HANDOFFS)
                .then()
                .statusCode(200)
                .body("items", empty());
        as("gov-auditor", "auditor")
                .queryParam("to_team_id", team)
                .when()
                .get(HANDOFFS)
                .then()
                .statusCode(200)
                .body("items.id", contains(handoff));
        RestAssured.given().when().get(HANDOFFS).then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void accessRulesForGraduationAndHandoffOperations() {
        String maker = uniqueSubject("acc-maker");
        String stranger = uniqueSubject("acc-maker");
        String solutionId = registerAsMaker(maker);
        String request = ask(maker, "maker", solutionId, "important");
        String team = createTeam("BUSINESS_UNIT");
        String handoff = jsonAs(maker, "maker")
                .body(Map.of("solution_id", solutionId, "to_team_id", team, "to_level", "TEAM"))
                .when()
                .post(HANDOFFS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String missing = "00000000-0000-0000-0000-000000000000";
        Map<String, Object> reason = Map.of("reason", "r");
        Map<String, Object> ask = Map.of("solution_id", solutionId, "to_tier_id", "important", "justification", "j");
        Map<String, Object> propose = Map.of("solution_id", solutionId, "to_team_id", team, "to_level", "TEAM");

        // 401 without a token
        RestAssured.given()
                .contentType("application/json")
                .body(ask)
                .when()
                .post(GRADUATION_REQUESTS)
                .then()
                .statusCode(401);
        RestAssured.given()
                .when()
                .get(GRADUATION_REQUESTS + "/" + request)
                .then()
                .statusCode(401);
        RestAssured.given()
                .contentType("application/json")
                .body(reason)
                .when()
                .post(GRADUATION_REQUESTS + "/" + request + "/approve")
                .then()
                .statusCode(401);
        RestAssured.given()
                .contentType("application/json")
                .body(reason)
                .when()
                .post(GRADUATION_REQUESTS + "/" + request + "/reject")
                .then()
                .statusCode(401);
        RestAssured.given()
                .contentType("application/json")
                .body(propose)
                .when()
                .post(HANDOFFS)
                .then()
                .statusCode(401);
        RestAssured.given().when().get(HANDOFFS + "/" + handoff).then().statusCode(401);
        RestAssured.given()
                .contentType("application/json")
                .body(Map.of("status", "ACCEPTED"))
                .when()
                .post(HANDOFFS + "/" + handoff + "/transitions")
                .then()
                .statusCode(401);
        RestAssured.given()
                .contentType("application/json")
                .body(Map.of("evidence", "e"))
                .when()
                .post(HANDOFFS + "/" + handoff + "/checklist/RUNBOOK")
                .then()
                .statusCode(401);

        // 403: wrong role, or a party who may see but not act
        jsonAs("h", "helpdesk")
                .body(ask)
                .when()
                .post(GRADUATION_REQUESTS)
                .then()
                .statusCode(403);
        jsonAs(maker, "maker")
                .body(reason)
                .when()
                .post(GRADUATION_REQUESTS + "/" + request + "/approve")
                .then()
                .statusCode(403);
        jsonAs(maker, "maker")
                .body(reason)
                .when()
                .post(GRADUATION_REQUESTS + "/" + request + "/reject")
                .then()
                .statusCode(403);
        jsonAs("h", "helpdesk").body(propose).when().post(HANDOFFS).then().statusCode(403);
        jsonAs("h", "helpdesk")
                .body(Map.of("status", "ACCEPTED"))
                .when()
                .post(HANDOFFS + "/" + handoff + "/transitions")
                .then()
                .statusCode(403);
        jsonAs("h", "helpdesk")
                .body(Map.of("evidence", "e"))
                .when()
                .post(HANDOFFS + "/" + handoff + "/checklist/RUNBOOK")
                .then()
                .statusCode(403);

        // 404: someone else's objects, or none
        jsonAs(stranger, "maker")
                .body(ask)
                .when()
                .post(GRADUATION_REQUESTS)
                .then()
                .statusCode(404);
        as(stranger, "maker")
                .when()
                .get(GRADUATION_REQUESTS + "/" + request)
                .then()
                .statusCode(404);
        jsonAs(GOV, "platform")
                .body(reason)
                .when()
                .post(GRADUATION_REQUESTS + "/" + missing + "/approve")
                .then()
                .statusCode(404);
        jsonAs(GOV, "platform")
                .body(reason)
                .when()
                .post(GRADUATION_REQUESTS + "/" + missing + "/reject")
                .then()
                .statusCode(404);
        jsonAs(stranger, "maker").body(propose).when().post(HANDOFFS).then().statusCode(404);
        as(stranger, "maker").when().get(HANDOFFS + "/" + handoff).then().statusCode(404);
        jsonAs(stranger, "maker")
                .body(Map.of("status", "CANCELLED"))
                .when()
                .post(HANDOFFS + "/" + handoff + "/transitions")
                .then()
                .statusCode(404);
        jsonAs(stranger, "maker")
                .body(Map.of("evidence", "e"))
                .when()
                .post(HANDOFFS + "/" + handoff + "/checklist/RUNBOOK")
                .then()
                .statusCode(404);

        // allowed callers
        as(maker, "maker")
                .when()
                .get(GRADUATION_REQUESTS + "/" + request)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue());
        as("gov-auditor", "auditor").when().get(HANDOFFS + "/" + handoff).then().statusCode(200);
        jsonAs(GOV, "platform")
                .body(Map.of("status", "ACCEPTED"))
                .when()
                .post(HANDOFFS + "/" + handoff + "/transitions")
                .then()
                .statusCode(200);
        jsonAs(maker, "maker")
                .body(Map.of("evidence", "https://runbook"))
                .when()
                .post(HANDOFFS + "/" + handoff + "/checklist/RUNBOOK")
                .then()
                .statusCode(200)
                .body("checklist.find { it.code == 'RUNBOOK' }.done", equalTo(true));
        jsonAs(GOV, "platform")
                .body(reason)
                .when()
                .post(GRADUATION_REQUESTS + "/" + request + "/reject")
                .then()
                .statusCode(200);
        jsonAs(maker, "maker")
                .body(Map.of("solution_id", solutionId, "to_tier_id", "important", "justification", "j", "extra", 1))
                .when()
                .post(GRADUATION_REQUESTS)
                .then()
                .statusCode(400);
    }
}
