package io.tierdesk.routing;

import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.ROUTING_TABLE;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.raiseTicketJson;
import static io.tierdesk.support.Scenario.register;
import static io.tierdesk.support.Scenario.solution;
import static io.tierdesk.support.Scenario.solutionOf;
import static io.tierdesk.support.Scenario.ticketAbout;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.tierdesk.client.model.SolutionKind;
import io.tierdesk.support.Fixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The routing table shared by the whole suite: a test that publishes a version adds only rules that match its own
 * business unit, and publishes the rules it found again afterwards.
 */
@QuarkusTest
class RoutingTableTest {

    private Map<String, Object> original;

    @BeforeEach
    void remember() {
        Fixtures.createTeam("HELP_DESK");
        Fixtures.createTeam("PLATFORM");
        original = inputOf(current());
    }

    @AfterEach
    void restore() {
        publish(original).statusCode(200);
    }

    static JsonPath current() {
        return as(uniqueSubject("admin"), "admin")
                .when()
                .get(ROUTING_TABLE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A published table as the body that would publish it again. */
    static Map<String, Object> inputOf(JsonPath table) {
        List<Map<String, Object>> rules = new ArrayList<>();
        for (Map<String, Object> rule : table.<Map<String, Object>>getList("rules")) {
            Map<String, Object> input = new HashMap<>(rule);
            input.remove("position");
            input.values().removeIf(value -> value == null);
            rules.add(input);
        }
        Map<String, Object> input = new HashMap<>();
        input.put("rules", rules);
        input.put("default_level", table.getString("default_level"));
        if (table.getString("default_team_id") != null) {
            input.put("default_team_id", table.getString("default_team_id"));
        }
        return input;
    }

    static io.restassured.response.ValidatableResponse publish(Map<String, Object> input) {
        return jsonAs(uniqueSubject("admin"), "admin")
                .body(input)
                .when()
                .put(ROUTING_TABLE)
                .then();
    }

    /** The table as it is, with this rule tried first. */
    static Map<String, Object> withFirstRule(Map<String, Object> rule) {
        Map<String, Object> input = inputOf(current());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> rules = new ArrayList<>((List<Map<String, Object>>) input.get("rules"));
        rules.add(0, rule);
        input.put("rules", rules);
        return input;
    }

    static String solutionIn(String tier, String businessUnit, String owningTeam) {
        return register(
                uniqueSubject("platform"),
                "platform",
                solutionOf(tier, uniqueSubject("maker"), owningTeam).businessUnit(businessUnit));
    }

    private static int positionOf(JsonPath table, String routeTo) {
        return table.getInt("rules.find { it.route_to == '" + routeTo + "' }.position");
    }

    @Test
    void everyTicketRecordsTheVersionAndRuleThatRoutedItAndARuleChangeAffectsNewTicketsOnly() {
        String businessUnit = Fixtures.uniqueName("unit");
        String team = Fixtures.createTeam("BUSINESS_UNIT");
        String solution = solutionIn("important", businessUnit, team);
        JsonPath before = current();
        int version = before.getInt("version");

        JsonPath first = raiseTicketJson(ticketAbout("BUG", solution));
        assertThat(first.getString("support_level")).isEqualTo("TEAM");
        assertThat(first.getString("team_id")).isEqualTo(team);
        assertThat(first.getInt("routing_table_version")).isEqualTo(version);
        assertThat(first.getInt("routing_rule")).isEqualTo(positionOf(before, "SOLUTION_CHANNEL"));
        assertThat(first.getString("routing_reason"))
                .endsWith("(routing table v" + version + ", rule " + positionOf(before, "SOLUTION_CHANNEL") + ")");

        Map<String, Object> rule = new HashMap<>();
        rule.put("categories", List.of("BUG"));
        rule.put("business_units", List.of(businessUnit));
        rule.put("route_to", "PLATFORM");
        rule.put("reason", "This unit's bugs go straight to the platform team.");
        String etag = as(uniqueSubject("admin"), "admin")
                .when()
                .get(ROUTING_TABLE)
                .then()
                .extract()
                .header("ETag");
        jsonAs(uniqueSubject("admin"), "admin")
                .header("If-Match", etag)
                .body(withFirstRule(rule))
                .when()
                .put(ROUTING_TABLE)
                .then()
                .statusCode(200)
                .body("version", equalTo(version + 1))
                .body("rules[0].position", equalTo(1))
                .body("rules[0].business_units", equalTo(List.of(businessUnit)));

        JsonPath second = raiseTicketJson(ticketAbout("BUG", solution));
        assertThat(second.getString("support_level")).isEqualTo("PLATFORM");
        assertThat(second.getInt("routing_table_version")).isEqualTo(version + 1);
        assertThat(second.getInt("routing_rule")).isEqualTo(1);
        assertThat(second.getString("routing_reason"))
                .isEqualTo("This unit's bugs go straight to the platform team. (routing table v" + (version + 1)
                        + ", rule 1)");
        JsonPath otherCategory = raiseTicketJson(ticketAbout("CHANGE_REQUEST", solution));
        assertThat(otherCategory.getString("support_level")).isEqualTo("TEAM");

        as(uniqueSubject("admin"), "admin")
                .when()
                .get(ticketPath(first.getString("id")))
                .then()
                .body("support_level", equalTo("TEAM"))
                .body("routing_table_version", equalTo(version));
        as(uniqueSubject("auditor"), "auditor")
                .when()
                .get(ROUTING_TABLE + "/versions/" + version)
                .then()
                .statusCode(200)
                .body("version", equalTo(version))
                .body("rules.size()", equalTo(before.getList("rules").size()));
    }

    @Test
    void aTicketNoRuleMatchesGoesToTheDefault() {
        JsonPath table = current();
        JsonPath ticket = raiseTicketJson(ticketAbout("BUG", null));
        assertThat(ticket.getString("support_level")).isEqualTo(table.getString("default_level"));
        assertThat(ticket.getInt("routing_table_version")).isEqualTo(table.getInt("version"));
        assertThat(ticket.getString("routing_rule")).isNull();
        assertThat(ticket.getString("routing_reason")).contains("default");
    }

    @Test
    void rulesMatchOnTierAndSolutionKindAndRouteToANamedTeam() {
        String businessUnit = Fixtures.uniqueName("unit");
        String partners = Fixtures.createTeam("PARTNER");
        Map<String, Object> rule = new HashMap<>();
        rule.put("tier_ids", List.of("critical"));
        rule.put("solution_kinds", List.of("FLOW"));
        rule.put("business_units", List.of(businessUnit));
        rule.put("route_to", "PARTNER");
        rule.put("team_id", partners);
        rule.put("reason", "Critical flows of this unit are run by the partner.");
        publish(withFirstRule(rule)).statusCode(200);

        String criticalFlow = register(
                uniqueSubject("platform"),
                "platform",
                solution("flow")
                        .tierId("critical")
                        .kind(SolutionKind.FLOW)
                        .maker(uniqueSubject("maker"))
                        .businessUnit(businessUnit));
        String criticalApp = solutionIn("critical", businessUnit, null);

        JsonPath partnerTicket = raiseTicketJson(ticketAbout("BUG", criticalFlow));
        assertThat(partnerTicket.getString("support_level")).isEqualTo("PARTNER");
        assertThat(partnerTicket.getString("team_id")).isEqualTo(partners);
        assertThat(partnerTicket.getInt("routing_rule")).isEqualTo(1);
        assertThat(raiseTicketJson(ticketAbout("BUG", criticalApp)).getString("support_level"))
                .isEqualTo("PLATFORM");
    }

    @Test
    void aTeamRuleWithoutATeamSendsTheTicketToTheSolutionsOwningTeamOrItsMaker() {
        String businessUnit = Fixtures.uniqueName("unit");
        Map<String, Object> rule = new HashMap<>();
        rule.put("categories", List.of("CONNECTOR_REQUEST"));
        rule.put("business_units", List.of(businessUnit));
        rule.put("route_to", "TEAM");
        rule.put("reason", "This unit's own team handles its connector requests.");
        publish(withFirstRule(rule)).statusCode(200);
        String team = Fixtures.createTeam("BUSINESS_UNIT");
        String owned = solutionIn("critical", businessUnit, team);
        String unowned = solutionIn("critical", businessUnit, null);

        JsonPath toTeam = raiseTicketJson(ticketAbout("CONNECTOR_REQUEST", owned));
        assertThat(toTeam.getString("support_level")).isEqualTo("TEAM");
        assertThat(toTeam.getString("team_id")).isEqualTo(team);
        JsonPath toMaker = raiseTicketJson(ticketAbout("CONNECTOR_REQUEST", unowned));
        assertThat(toMaker.getString("support_level")).isEqualTo("MAKER");
        assertThat(toMaker.getString("routing_reason")).contains("no owning team");
        assertThat(raiseTicketJson(ticketAbout("CONNECTOR_REQUEST", null)).getString("support_level"))
                .isEqualTo("HELP_DESK");
    }

    @Test
    void aTableNamingUnknownTiersOrTheWrongTeamsIsRejectedAndNothingChanges() {
        int version = current().getInt("version");
        String businessTeam = Fixtures.createTeam("BUSINESS_UNIT");
        Map<String, Object> wrongTeam = new HashMap<>();
        wrongTeam.put("route_to", "HELP_DESK");
        wrongTeam.put("team_id", businessTeam);
        wrongTeam.put("tier_ids", List.of("no-such-tier"));
        wrongTeam.put("reason", "Wrong");
        publish(withFirstRule(wrongTeam))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("rules[0].tier_ids", "rules[0].team_id")));
        publish(Map.of("rules", List.of(), "default_level", "TEAM"))
                .statusCode(422)
                .body("errors[0].field", equalTo("default_team_id"));
        publish(Map.of("rules", List.of(), "default_level", "VENDOR")).statusCode(422);
        publish(Map.of("rules", List.of(Map.of("route_to", "NOWHERE", "reason", "x")), "default_level", "HELP_DESK"))
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        jsonAs(uniqueSubject("admin"), "admin")
                .header("If-Match", "\"" + (version - 1) + "\"")
                .body(inputOf(current()))
                .when()
                .put(ROUTING_TABLE)
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON);
        assertThat(current().getInt("version")).isEqualTo(version);
    }

    @Test
    void accessToEveryOperation() {
        RestAssured.given().when().get(ROUTING_TABLE).then().statusCode(401).contentType(PROBLEM_JSON);
        RestAssured.given().when().get(ROUTING_TABLE + "/versions/1").then().statusCode(401);
        RestAssured.given()
                .contentType("application/json")
                .body(original)
                .when()
                .put(ROUTING_TABLE)
                .then()
                .statusCode(401);
        for (String role : List.of("maker", "partner", "automation", "integration")) {
            as(uniqueSubject(role), role)
                    .when()
                    .get(ROUTING_TABLE)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM_JSON);
            as(uniqueSubject(role), role)
                    .when()
                    .get(ROUTING_TABLE + "/versions/1")
                    .then()
                    .statusCode(403);
        }
        for (String role : List.of("maker", "helpdesk", "platform", "auditor", "integration")) {
            jsonAs(uniqueSubject(role), role)
                    .body(original)
                    .when()
                    .put(ROUTING_TABLE)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM_JSON);
        }
        for (String role : List.of("helpdesk", "platform", "auditor")) {
            as(uniqueSubject(role), role).when().get(ROUTING_TABLE).then().statusCode(200);
        }
        as(uniqueSubject("auditor"), "auditor")
                .when()
                .get(ROUTING_TABLE + "/versions/1")
                .then()
                .statusCode(200)
                .body("rules.size()", equalTo(3))
                .body("default_level", equalTo("HELP_DESK"));
        as(uniqueSubject("auditor"), "auditor")
                .when()
                .get(ROUTING_TABLE + "/versions/999999")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }
}
