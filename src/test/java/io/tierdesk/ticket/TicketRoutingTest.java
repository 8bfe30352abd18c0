package io.tierdesk.ticket;

import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.createTeam;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.asJson;
import static io.tierdesk.support.Scenario.ensureDefaultTeams;
import static io.tierdesk.support.Scenario.idsRaisedBy;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.ticket;
import static io.tierdesk.support.Scenario.ticketAbout;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static io.tierdesk.ticket.TicketSupport.history;
import static io.tierdesk.ticket.TicketSupport.read;
import static io.tierdesk.ticket.TicketSupport.teamKind;
import static io.tierdesk.ticket.TicketSupport.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.tierdesk.client.model.TicketCreate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TicketRoutingTest {

    @BeforeEach
    void defaultTeams() {
        ensureDefaultTeams();
    }

    private static ExtractableResponse<Response> create(String requester, TicketCreate body) {
        return jsonAs(requester, "maker")
                .body(asJson(body))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("routing_reason", not(emptyOrNullString()))
                .body("status", equalTo("NEW"))
                .body("requester", equalTo(requester))
                .extract();
    }

    // --- routing on create ------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"ACCESS_REQUEST", "HOW_TO", "ENVIRONMENT_REQUEST", "CONNECTOR_REQUEST"})
    void accessHowToEnvironmentAndConnectorQuestionsGoToTheHelpDesk(String category) {
        ExtractableResponse<Response> created = create(uniqueSubject("user"), ticket(category));

        assertThat(created.<String>path("support_level")).isEqualTo("HELP_DESK");
        assertThat(created.<String>path("assignee")).isNull();
        assertThat(created.<String>path("tier_id")).isEqualTo("productivity");
        assertThat(teamKind(created.path("team_id"))).isEqualTo("HELP_DESK");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ACCESS_REQUEST", "HOW_TO", "ENVIRONMENT_REQUEST", "CONNECTOR_REQUEST"})
    void questionsAboutACriticalSolutionStillGoToTheHelpDesk(String category) {
        String solutionId = registerSolution("critical", uniqueSubject("maker"), null);
        ExtractableResponse<Response> created = create(uniqueSubject("user"), ticketAbout(category, solutionId));

        assertThat(created.<String>path("support_level")).isEqualTo("HELP_DESK");
        assertThat(created.<String>path("tier_id")).isEqualTo("critical");
    }

    @Test
    void platformIssueGoesToThePlatformTeam() {
        ExtractableResponse<Response> created = create(uniqueSubject("user"), ticket("PLATFORM_ISSUE"));

        assertThat(created.<String>path("support_level")).isEqualTo("PLATFORM");
        assertThat(created.<String>path("assignee")).isNull();
        assertThat(teamKind(created.path("team_id"))).isEqualTo("PLATFORM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUG", "CHANGE_REQUEST"})
    void bugOrChangeAboutAProductivitySolutionGoesToItsMakerAsAssignee(String category) {
        String maker = uniqueSubject("maker");
        String solutionId = registerSolution("productivity", maker, null);

        ExtractableResponse<Response> created = create(uniqueSubject("user"), ticketAbout(category, solutionId));

        assertThat(created.<String>path("support_level")).isEqualTo("MAKER");
        assertThat(created.<String>path("assignee")).isEqualTo(maker);
        assertThat(created.<String>path("team_id")).isNull();
        assertThat(created.<String>path("tier_id")).isEqualTo("productivity");
        assertThat(created.<String>path("solution_id")).isEqualTo(solutionId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUG", "CHANGE_REQUEST"})
    void bugOrChangeAboutAnImportantSolutionGoesToItsOwningTeam(String category) {
        String teamId = createTeam("BUSINESS_UNIT");
        String solutionId = registerSolution("important", uniqueSubject("maker"), teamId);

        ExtractableResponse<Response> created = create(uniqueSubject("user"), ticketAbout(category, solutionId));

        assertThat(created.<String>path("support_level")).isEqualTo("TEAM");
        assertThat(created.<String>path("team_id")).isEqualTo(teamId);
        assertThat(created.<String>path("assignee")).isNull();
        assertThat(created.<String>path("tier_id")).isEqualTo("important");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUG", "CHANGE_REQUEST"})
    void bugOrChangeAboutAnImportantSolutionWithoutOwningTeamGoesToItsMaker(String category) {
        String maker = uniqueSubject("maker");
        String solutionId = registerSolution("important", maker, null);

        ExtractableResponse<Response> created = create(uniqueSubject("user"), ticketAbout(category, solutionId));

        assertThat(created.<String>path("support_level")).isEqualTo("MAKER");
        assertThat(created.<String>path("assignee")).isEqualTo(maker);
        assertThat(created.<String>path("team_id")).isNull();
        assertThat(created.<String>path("tier_id")).isEqualTo("important");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUG", "CHANGE_REQUEST"})
    void bugOrChangeAboutACriticalSolutionGoesToThePlatformTeam(String category) {
        String teamId = createTeam("BUSINESS_UNIT");
        String solutionId = registerSolution("critical", uniqueSubject("maker"), teamId);

        ExtractableResponse<Response> created = create(uniqueSubject("user"), ticketAbout(category, solutionId));

        assertThat(created.<String>path("support_level")).isEqualTo("PLATFORM");
        assertThat(created.<String>path("tier_id")).isEqualTo("critical");
        assertThat(created.<String>path("assignee")).isNull();
        assertThat(teamKind(created.path("team_id"))).isEqualTo("PLATFORM");
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUG", "CHANGE_REQUEST"})
    void bugOrChangeWithoutASolutionGoesToTheHelpDesk(String category) {
        ExtractableResponse<Response> created = create(uniqueSubject("user"), ticket(category));

        assertThat(created.<String>path("support_level")).isEqualTo("HELP_DESK");
        assertThat(created.<String>path("tier_id")).isEqualTo("productivity");
        assertThat(created.<String>path("solution_id")).isNull();
        assertThat(teamKind(created.path("team_id"))).isEqualTo("HELP_DESK");
    }

    @Test
    void routingIsTheFirstHistoryEntryWithItsReasonAndActor() {
        String requester = uniqueSubject("user");
        String teamId = createTeam("BUSINESS_UNIT");
        String solutionId = registerSolution("important", uniqueSubject("maker"), teamId);
        ExtractableResponse<Response> created = create(requester, ticketAbout("BUG", solutionId));

        List<Map<String, Object>> history = history(created.path("id"));
        assertThat(history).hasSize(1);
        Map<String, Object> routed = history.get(0);
        assertThat(routed.get("kind")).isEqualTo("ROUTED");
        assertThat(routed.get("actor")).isEqualTo(requester);
        assertThat(routed.get("to_level")).isEqualTo("TEAM");
        assertThat(routed.get("to_team_id")).isEqualTo(teamId);
        assertThat(routed.get("reason")).isEqualTo(created.path("routing_reason"));
    }

    @Test
    void tierIdIsASnapshotTakenWhenTheTicketIsRaised() {
        String solutionId = registerSolution("productivity", uniqueSubject("maker"), null);
        String id = raiseTicket(uniqueSubject("user"), ticketAbout("BUG", solutionId));

        jsonAs(uniqueSubject("platform"), "platform")
                .body(Map.of("tier_id", "critical"))
                .when()
                .patch("/api/v1/solutions/" + solutionId)
                .then()
                .statusCode(200)
                .body("tier_id", equalTo("critical"));

        read(id).body("tier_id", equalTo("productivity")).body("support_level", equalTo("MAKER"));
        String later = raiseTicket(uniqueSubject("user"), ticketAbout("BUG", solutionId));
        read(later).body("tier_id", equalTo("critical")).body("support_level", equalTo("PLATFORM"));
    }

    // --- who raises what ----------------------------------------------------------------------------------------

    @Test
    void unknownSolutionIsUnprocessableAndRaisesNothing() {
        String requester = uniqueSubject("user");
        jsonAs(requester, "maker")
                .body(asJson(ticketAbout("BUG", UUID.randomUUID().toString())))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/unknown-solution"))
                .body("status", equalTo(422));
        assertThat(idsRaisedBy(requester)).isEmpty();
    }

    @Test
    void makerCannotRaiseATicketForAnotherRequester() {
        String other = uniqueSubject("user");
        TicketCreate body = ticket("HOW_TO");
        body.requester(other);
        jsonAs(uniqueSubject("maker"), "maker")
                .body(asJson(body))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/forbidden"));
        assertThat(idsRaisedBy(other)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"helpdesk", "integration", "platform", "admin"})
    void staffAndIntegrationsRaiseTicketsOnBehalfOfARequester(String role) {
        String requester = uniqueSubject("user");
        String staff = uniqueSubject(role);
        TicketCreate body = ticket("ACCESS_REQUEST");
        body.requester(requester);

        ExtractableResponse<Response> created = jsonAs(staff, role)
                .body(asJson(body))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("requester", equalTo(requester))
                .extract();
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(TICKETS + "/" + id);

        as(requester, "maker").when().get(ticketPath(id)).then().statusCode(200).body("requester", equalTo(requester));
        assertThat(idsRaisedBy(requester)).containsExactly(id);
        assertThat(history(id).get(0).get("actor")).isEqualTo(staff);
    }

    @Test
    void auditorCannotRaiseATicket() {
        String auditor = uniqueSubject("auditor");
        jsonAs(auditor, "auditor")
                .body(asJson(ticket("HOW_TO")))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        assertThat(idsRaisedBy(auditor)).isEmpty();
    }

    // --- re-routing -----------------------------------------------------------------------------------------------

    @Test
    void helpDeskReroutesAHowToQuestionAboutAnImportantSolutionToItsOwningTeam() {
        String teamId = createTeam("BUSINESS_UNIT");
        String solutionId = registerSolution("important", uniqueSubject("maker"), teamId);
        String id = raiseTicket(uniqueSubject("user"), ticketAbout("HOW_TO", solutionId));
        String helpDeskTeam =
                read(id).body("support_level", equalTo("HELP_DESK")).extract().path("team_id");
        String agent = uniqueSubject("agent");

        String rerouteTag = jsonAs(agent, "helpdesk")
                .body(Map.of("reason", "Its team supports it"))
                .when()
                .post(ticketPath(id, "reroute"))
                .then()
                .statusCode(200)
                .body("support_level", equalTo("TEAM"))
                .body("team_id", equalTo(teamId))
                .body("assignee", nullValue())
                .body("routing_reason", equalTo("Its team supports it"))
                .body("status", equalTo("NEW"))
                .extract()
                .header("ETag");
        read(id).header("ETag", rerouteTag);

        List<Map<String, Object>> history = history(id);
        assertThat(history).extracting(entry -> entry.get("kind")).containsExactly("ROUTED", "REROUTED");
        Map<String, Object> rerouted = history.get(1);
        assertThat(rerouted.get("from_level")).isEqualTo("HELP_DESK");
        assertThat(rerouted.get("from_team_id")).isEqualTo(helpDeskTeam);
        assertThat(rerouted.get("to_level")).isEqualTo("TEAM");
        assertThat(rerouted.get("to_team_id")).isEqualTo(teamId);
        assertThat(rerouted.get("reason")).isEqualTo("Its team supports it");
        assertThat(rerouted.get("actor")).isEqualTo(agent);
    }

    @Test
    void rerouteWithoutLevelSendsAProductivitySolutionQuestionToItsMaker() {
        String maker = uniqueSubject("maker");
        String solutionId = registerSolution("productivity", maker, null);
        String id = raiseTicket(uniqueSubject("user"), ticketAbout("HOW_TO", solutionId));

        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("reason", "The maker supports it"))
                .when()
                .post(ticketPath(id, "reroute"))
                .then()
                .statusCode(200)
                .body("support_level", equalTo("MAKER"))
                .body("assignee", equalTo(maker));
    }

    @Test
    void rerouteWithAnExplicitLevelGoesToThatLevelsDefaultTeam() {
        String id = raiseTicket(uniqueSubject("user"), "CONNECTOR_REQUEST");
        String platformDefault = read(raiseTicket(uniqueSubject("user"), "PLATFORM_ISSUE"))
                .extract()
                .path("team_id");

        jsonAs(uniqueSubject("platform"), "platform")
                .body(Map.of("to_level", "PLATFORM", "reason", "Connector bug"))
                .when()
                .post(ticketPath(id, "reroute"))
                .then()
                .statusCode(200)
                .body("support_level", equalTo("PLATFORM"))
                .body("team_id", equalTo(platformDefault))
                .body("routing_reason", equalTo("Connector bug"));
        assertThat(teamKind(platformDefault)).isEqualTo("PLATFORM");
        assertThat(history(id)).extracting(entry -> entry.get("kind")).containsExactly("ROUTED", "REROUTED");
    }

    @Test
    void rerouteToAPartnerNeedsAPartnerTeam() {
        String id = raiseTicket(uniqueSubject("user"), "CONNECTOR_REQUEST");
        String partnerTeam = createTeam("PARTNER");
        String agent = uniqueSubject("agent");

        jsonAs(agent, "helpdesk")
                .body(Map.of("to_level", "PARTNER", "team_id", createTeam("BUSINESS_UNIT"), "reason", "Partner"))
                .when()
                .post(ticketPath(id, "reroute"))
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/wrong-team-kind"));
        jsonAs(agent, "helpdesk")
                .body(Map.of("to_level", "PARTNER", "team_id", partnerTeam, "reason", "Partner"))
                .when()
                .post(ticketPath(id, "reroute"))
                .then()
                .statusCode(200)
                .body("support_level", equalTo("PARTNER"))
                .body("team_id", equalTo(partnerTeam));
    }

    @Test
    void makerCannotReroute() {
        String maker = uniqueSubject("maker");
        String solutionId = registerSolution("productivity", maker, null);
        String id = raiseTicket(uniqueSubject("user"), ticketAbout("HOW_TO", solutionId));
        String etag = TicketSupport.etag(id);

        jsonAs(maker, "maker")
                .body(Map.of("reason", "Mine"))
                .when()
                .post(ticketPath(id, "reroute"))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        read(id).header("ETag", etag).body("support_level", equalTo("HELP_DESK"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"RESOLVED", "CLOSED"})
    void resolvedOrClosedTicketCannotBeRerouted(String status) {
        String solutionId = registerSolution("productivity", uniqueSubject("maker"), null);
        String id = raiseTicket(uniqueSubject("user"), ticketAbout("HOW_TO", solutionId));
        walk(id, TicketSupport.stepsTo(status));
        String etag = TicketSupport.etag(id);

        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("reason", "Too late"))
                .when()
                .post(ticketPath(id, "reroute"))
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/ticket-closed"));
        read(id).header("ETag", etag)
                .body("support_level", equalTo("HELP_DESK"))
                .body("status", equalTo(status));
    }

    @Test
    void rerouteWithoutLevelOfATicketWithoutSolutionIsUnprocessable() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String etag = TicketSupport.etag(id);

        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("reason", "Somewhere"))
                .when()
                .post(ticketPath(id, "reroute"))
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/no-solution"));
        read(id).header("ETag", etag).body("support_level", equalTo("HELP_DESK"));
        assertThat(history(id)).hasSize(1);
    }
}
