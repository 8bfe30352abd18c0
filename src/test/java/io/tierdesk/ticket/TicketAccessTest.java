package io.tierdesk.ticket;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.addMember;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.createTeam;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.asJson;
import static io.tierdesk.support.Scenario.ensureDefaultTeams;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.register;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.solution;
import static io.tierdesk.support.Scenario.ticket;
import static io.tierdesk.support.Scenario.ticketAbout;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static io.tierdesk.ticket.TicketSupport.escalateAsHelpDesk;
import static io.tierdesk.ticket.TicketSupport.escalation;
import static io.tierdesk.ticket.TicketSupport.etag;
import static io.tierdesk.ticket.TicketSupport.history;
import static io.tierdesk.ticket.TicketSupport.read;
import static io.tierdesk.ticket.TicketSupport.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.tierdesk.client.model.TicketEscalation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TicketAccessTest {

    @BeforeEach
    void defaultTeams() {
        ensureDefaultTeams();
    }

    /** Calls one ticket operation on the ticket with a body that would be valid for it. */
    private static ValidatableResponse call(RequestSpecification request, String operation, String id) {
        RequestSpecification json = request.contentType(ContentType.JSON);
        return switch (operation) {
            case "list" -> request.when().get(TICKETS).then();
            case "create" ->
                json.body(asJson(ticket("HOW_TO"))).when().post(TICKETS).then();
            case "get" -> request.when().get(ticketPath(id)).then();
            case "patch" ->
                json.body(Map.of("title", "Renamed"))
                        .when()
                        .patch(ticketPath(id))
                        .then();
            case "transition" ->
                json.body(Map.of("to_status", "TRIAGED"))
                        .when()
                        .post(ticketPath(id, "transitions"))
                        .then();
            case "escalate" ->
                json.body(asJson(escalation("PLATFORM", "Needs platform")))
                        .when()
                        .post(ticketPath(id, "escalations"))
                        .then();
            case "reroute" ->
                json.body(Map.of("to_level", "PLATFORM", "reason", "Platform"))
                        .when()
                        .post(ticketPath(id, "reroute"))
                        .then();
            case "list-comments" ->
                request.when().get(ticketPath(id, "comments")).then();
            case "comment" ->
                json.body(Map.of("body", "Hello"))
                        .when()
                        .post(ticketPath(id, "comments"))
                        .then();
            case "history" -> request.when().get(ticketPath(id, "history")).then();
            default -> throw new IllegalArgumentException(operation);
        };
    }

    private static List<String> listedIds(String subject, String role, Map<String, ?> query) {
        return as(subject, role)
                .queryParams(query)
                .queryParam("limit", 200)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    private static void seesTicket(String subject, String role, String id) {
        as(subject, role).when().get(ticketPath(id)).then().statusCode(200).body("id", equalTo(id));
        assertThat(listedIds(subject, role, Map.of())).contains(id);
    }

    private static void doesNotSeeTicket(String subject, String role, String id) {
        as(subject, role).when().get(ticketPath(id)).then().statusCode(404).contentType(PROBLEM_JSON);
        assertThat(listedIds(subject, role, Map.of())).doesNotContain(id);
    }

    // --- authentication and roles ------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "list",
                "create",
                "get",
                "patch",
                "transition",
                "escalate",
                "reroute",
                "list-comments",
                "comment",
                "history"
            })
    void everyTicketOperationNeedsAToken(String operation) {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String tag = etag(id);
        call(given(), operation, id)
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/unauthorized"));
        read(id).header("ETag", tag);
    }

    @Test
    void auditorCannotRaiseATicket() {
        String auditor = uniqueSubject("auditor");
        call(as(auditor, "auditor"), "create", null).statusCode(403).contentType(PROBLEM_JSON);
        assertThat(listedIds(uniqueSubject("admin"), "admin", Map.of("requester", auditor)))
                .isEmpty();
    }

    @Test
    void makerCannotRerouteEvenATicketAboutTheirOwnSolution() {
        String maker = uniqueSubject("maker");
        String id = raiseTicket(maker, ticketAbout("HOW_TO", registerSolution("productivity", maker, null)));
        String tag = etag(id);
        call(as(maker, "maker"), "reroute", id).statusCode(403).contentType(PROBLEM_JSON);
        read(id).header("ETag", tag).body("support_level", equalTo("HELP_DESK"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"patch", "transition", "escalate", "reroute"})
    void auditorSeesButCannotChangeATicket(String operation) {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String tag = etag(id);
        String auditor = uniqueSubject("auditor");
        as(auditor, "auditor").when().get(ticketPath(id)).then().statusCode(200);

        call(as(auditor, "auditor"), operation, id).statusCode(403).contentType(PROBLEM_JSON);
        read(id).header("ETag", tag);
    }

    @Test
    void auditorCannotWriteAnInternalNote() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        jsonAs(uniqueSubject("auditor"), "auditor")
                .body(Map.of("body", "Note", "visibility", "INTERNAL"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void auditorCannotCommentPublicly() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String tag = etag(id);
        jsonAs(uniqueSubject("auditor"), "auditor")
                .body(Map.of("body", "Audit remark"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        read(id).header("ETag", tag);
        as(uniqueSubject("admin"), "admin")
                .when()
                .get(ticketPath(id, "comments"))
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    // --- another party's ticket ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"get", "patch", "transition", "escalate", "list-comments", "comment", "history"})
    void anotherPartysTicketIsNotFound(String operation) {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String tag = etag(id);

        for (String[] stranger : List.of(
                new String[] {uniqueSubject("stranger"), "maker"},
                new String[] {uniqueSubject("partner"), "partner"})) {
            call(as(stranger[0], stranger[1]), operation, id)
                    .statusCode(404)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("/problems/not-found"));
        }
        read(id).header("ETag", tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"get", "patch", "transition", "escalate", "list-comments", "comment", "history"})
    void anotherPartysTicketLooksLikeAMissingOne(String operation) {
        String stranger = uniqueSubject("stranger");
        String existing = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String missing = UUID.randomUUID().toString();

        ValidatableResponse forExisting =
                call(as(stranger, "maker"), operation, existing).statusCode(404).contentType(PROBLEM_JSON);
        ValidatableResponse forMissing =
                call(as(stranger, "maker"), operation, missing).statusCode(404).contentType(PROBLEM_JSON);
        assertThat(forExisting.extract().<String>path("title"))
                .isEqualTo(forMissing.extract().path("title"));
        assertThat(forExisting.extract().<String>path("type"))
                .isEqualTo(forMissing.extract().path("type"));
    }

    @Test
    void requesterSucceedsOnEveryOperationOpenToThem() {
        String requester = uniqueSubject("user");
        String id = call(as(requester, "maker"), "create", null)
                .statusCode(201)
                .extract()
                .path("id");

        call(as(requester, "maker"), "list", id).statusCode(200);
        assertThat(listedIds(requester, "maker", Map.of())).containsExactly(id);
        call(as(requester, "maker"), "get", id).statusCode(200).body("requester", equalTo(requester));
        call(as(requester, "maker"), "patch", id).statusCode(200).body("title", equalTo("Renamed"));
        call(as(requester, "maker"), "comment", id).statusCode(201).body("author", equalTo(requester));
        call(as(requester, "maker"), "list-comments", id)
                .statusCode(200)
                .body("items.body", org.hamcrest.Matchers.contains("Hello"));
        call(as(requester, "maker"), "history", id).statusCode(200).body("items[0].kind", equalTo("ROUTED"));
        walk(id, TicketSupport.stepsTo("RESOLVED"));
        jsonAs(requester, "maker")
                .body(Map.of("to_status", "CLOSED"))
                .when()
                .post(ticketPath(id, "transitions"))
                .then()
                .statusCode(200);
    }

    @Test
    void helpDeskSucceedsOnEverySupportOperation() {
        String agent = uniqueSubject("agent");
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");

        call(as(agent, "helpdesk"), "transition", id).statusCode(200).body("status", equalTo("TRIAGED"));
        call(as(agent, "helpdesk"), "patch", id).statusCode(200);
        call(as(agent, "helpdesk"), "comment", id).statusCode(201);
        call(as(agent, "helpdesk"), "escalate", id).statusCode(200).body("support_level", equalTo("PLATFORM"));
        call(as(agent, "helpdesk"), "reroute", id).statusCode(200).body("routing_reason", equalTo("Platform"));
        call(as(agent, "helpdesk"), "history", id).statusCode(200);
        call(as(agent, "helpdesk"), "list-comments", id).statusCode(200);
    }

    // --- visibility matrix --------------------------------------------------------------------------------------

    @Test
    void requesterSeesOwnTicketButNotAnotherRequesters() {
        String requester = uniqueSubject("user");
        String own = raiseTicket(requester, "HOW_TO");
        String others = raiseTicket(uniqueSubject("user"), "HOW_TO");

        seesTicket(requester, "maker", own);
        doesNotSeeTicket(requester, "maker", others);
    }

    @Test
    void makerSeesTicketsAboutSolutionsTheyOwnCoOwnOrTheirTeamOwnsButNotOthers() {
        String maker = uniqueSubject("maker");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, maker, "MEMBER");

        String owned = raiseTicket(
                uniqueSubject("user"), ticketAbout("HOW_TO", registerSolution("productivity", maker, null)));
        String coOwnedSolution = register(
                uniqueSubject("platform"),
                "platform",
                solution("co-owned")
                        .tierId("important")
                        .maker(uniqueSubject("maker"))
                        .coOwners(List.of(maker)));
        String coOwned = raiseTicket(uniqueSubject("user"), ticketAbout("HOW_TO", coOwnedSolution));
        // A critical solution owned by the maker's team: the ticket sits with the platform team, not the maker's team.
        String teamOwned = raiseTicket(
                uniqueSubject("user"),
                ticketAbout("BUG", registerSolution("critical", uniqueSubject("maker"), teamId)));
        read(teamOwned).body("support_level", equalTo("PLATFORM"));
        String othersSolution = raiseTicket(
                uniqueSubject("user"),
                ticketAbout("BUG", registerSolution("productivity", uniqueSubject("maker"), null)));
        String otherTeams = raiseTicket(
                uniqueSubject("user"),
                ticketAbout("BUG", registerSolution("critical", uniqueSubject("maker"), createTeam("BUSINESS_UNIT"))));

        seesTicket(maker, "maker", owned);
        seesTicket(maker, "maker", coOwned);
        seesTicket(maker, "maker", teamOwned);
        doesNotSeeTicket(maker, "maker", othersSolution);
        doesNotSeeTicket(maker, "maker", otherTeams);
        assertThat(listedIds(maker, "maker", Map.of())).containsExactlyInAnyOrder(owned, coOwned, teamOwned);
    }

    @Test
    void teamMemberSeesItsTeamsQueueButNotAnotherTeams() {
        String member = uniqueSubject("member");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, member, "MEMBER");
        String otherTeam = createTeam("BUSINESS_UNIT");

        String queued = raiseTicket(
                uniqueSubject("user"),
                ticketAbout("HOW_TO", registerSolution("productivity", uniqueSubject("maker"), null)));
        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("to_level", "TEAM", "team_id", teamId, "reason", "Your team knows this app"))
                .when()
                .post(ticketPath(queued, "reroute"))
                .then()
                .statusCode(200)
                .body("team_id", equalTo(teamId));
        String elsewhere = raiseTicket(
                uniqueSubject("user"),
                ticketAbout("HOW_TO", registerSolution("productivity", uniqueSubject("maker"), null)));
        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("to_level", "TEAM", "team_id", otherTeam, "reason", "Their team knows this app"))
                .when()
                .post(ticketPath(elsewhere, "reroute"))
                .then()
                .statusCode(200);

        seesTicket(member, "maker", queued);
        doesNotSeeTicket(member, "maker", elsewhere);
        assertThat(listedIds(member, "maker", Map.of("team_id", teamId))).containsExactly(queued);
    }

    @Test
    void partnerSeesOnlyTicketsRoutedToItsPartnerTeam() {
        String partner = uniqueSubject("partner");
        String partnerTeam = createTeam("PARTNER");
        addMember(partnerTeam, partner, "MEMBER");
        String otherPartnerTeam = createTeam("PARTNER");

        String routedToUs = raiseTicket(uniqueSubject("user"), "PLATFORM_ISSUE");
        TicketEscalation toUs = escalation("PARTNER", "Partner support");
        toUs.teamId(UUID.fromString(partnerTeam));
        escalateAsHelpDesk(routedToUs, toUs);
        String routedToThem = raiseTicket(uniqueSubject("user"), "PLATFORM_ISSUE");
        TicketEscalation toThem = escalation("PARTNER", "Partner support");
        toThem.teamId(UUID.fromString(otherPartnerTeam));
        escalateAsHelpDesk(routedToThem, toThem);
        String atPlatform = raiseTicket(uniqueSubject("user"), "PLATFORM_ISSUE");

        seesTicket(partner, "partner", routedToUs);
        doesNotSeeTicket(partner, "partner", routedToThem);
        doesNotSeeTicket(partner, "partner", atPlatform);
        assertThat(listedIds(partner, "partner", Map.of())).containsExactly(routedToUs);
        assertThat(listedIds(partner, "partner", Map.of("team_id", otherPartnerTeam)))
                .isEmpty();
        assertThat(listedIds(partner, "partner", Map.of("level", "PLATFORM"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"helpdesk", "platform", "admin", "auditor", "integration"})
    void staffAuditorsAndIntegrationsSeeEveryTicket(String role) {
        String requester = uniqueSubject("user");
        String helpDesk = raiseTicket(requester, "HOW_TO");
        String maker = raiseTicket(
                requester, ticketAbout("BUG", registerSolution("productivity", uniqueSubject("maker"), null)));
        String partnered = raiseTicket(requester, "PLATFORM_ISSUE");
        TicketEscalation toPartner = escalation("PARTNER", "Partner support");
        toPartner.teamId(UUID.fromString(createTeam("PARTNER")));
        escalateAsHelpDesk(partnered, toPartner);
        String viewer = uniqueSubject(role);

        for (String id : List.of(helpDesk, maker, partnered)) {
            as(viewer, role).when().get(ticketPath(id)).then().statusCode(200);
            as(viewer, role).when().get(ticketPath(id, "history")).then().statusCode(200);
            as(viewer, role).when().get(ticketPath(id, "comments")).then().statusCode(200);
        }
        assertThat(listedIds(viewer, role, Map.of("requester", requester)))
                .containsExactlyInAnyOrder(helpDesk, maker, partnered);
    }

    @Test
    void automationSeesOnlyTheTicketsItRaised() {
        String automation = uniqueSubject("provisioner");
        String own = call(as(automation, "automation"), "create", null)
                .statusCode(201)
                .extract()
                .path("id");
        String others = raiseTicket(uniqueSubject("user"), "ENVIRONMENT_REQUEST");

        seesTicket(automation, "automation", own);
        doesNotSeeTicket(automation, "automation", others);
    }

    // --- lists never leak ---------------------------------------------------------------------------------------

    @Test
    void filtersNeverRevealAnotherPartysTickets() {
        String owner = uniqueSubject("maker");
        String teamId = createTeam("BUSINESS_UNIT");
        String solutionId = registerSolution("important", owner, teamId);
        String requester = uniqueSubject("user");
        String id = raiseTicket(requester, ticketAbout("BUG", solutionId));
        read(id).body("team_id", equalTo(teamId));
        String stranger = uniqueSubject("stranger");
        raiseTicket(stranger, "HOW_TO");

        for (String role : List.of("maker", "partner")) {
            assertThat(listedIds(stranger, role, Map.of("requester", requester)))
                    .isEmpty();
            assertThat(listedIds(stranger, role, Map.of("solution_id", solutionId)))
                    .isEmpty();
            assertThat(listedIds(stranger, role, Map.of("team_id", teamId))).isEmpty();
            assertThat(listedIds(stranger, role, Map.of("level", "TEAM"))).doesNotContain(id);
        }
        assertThat(listedIds(uniqueSubject("admin"), "admin", Map.of("solution_id", solutionId)))
                .containsExactly(id);
    }

    @Test
    void cursorIssuedToOneCallerIsRejectedForAnother() {
        String requester = uniqueSubject("user");
        raiseTicket(requester, "HOW_TO");
        raiseTicket(requester, "HOW_TO");
        raiseTicket(requester, "HOW_TO");

        String cursor = as(uniqueSubject("agent"), "helpdesk")
                .queryParam("requester", requester)
                .queryParam("limit", 1)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .body("next_cursor", notNullValue())
                .extract()
                .path("next_cursor");
        as(uniqueSubject("agent"), "helpdesk")
                .queryParam("requester", requester)
                .queryParam("limit", 1)
                .queryParam("cursor", cursor)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-cursor"));

        String ownCursor = as(requester, "maker")
                .queryParam("limit", 1)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .extract()
                .path("next_cursor");
        assertThat(ownCursor).isNotNull();
        as(uniqueSubject("stranger"), "maker")
                .queryParam("limit", 1)
                .queryParam("cursor", ownCursor)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-cursor"));
    }

    @Test
    void cursorIsBoundToTheFilterItWasIssuedFor() {
        String requester = uniqueSubject("user");
        raiseTicket(requester, "HOW_TO");
        raiseTicket(requester, "HOW_TO");
        String agent = uniqueSubject("agent");
        String cursor = as(agent, "helpdesk")
                .queryParam("requester", requester)
                .queryParam("limit", 1)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .extract()
                .path("next_cursor");

        as(agent, "helpdesk")
                .queryParam("requester", uniqueSubject("user"))
                .queryParam("limit", 1)
                .queryParam("cursor", cursor)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    // --- internal notes and first response -----------------------------------------------------------------------

    @Test
    void closedTicketTakesNoMoreComments() {
        String requester = uniqueSubject("user");
        String id = raiseTicket(requester, "HOW_TO");
        walk(id, TicketSupport.stepsTo("CLOSED"));

        jsonAs(requester, "maker")
                .body(Map.of("body", "One more thing"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);
        as(requester, "maker")
                .when()
                .get(ticketPath(id, "comments"))
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void requesterCannotWriteAnInternalNote() {
        String requester = uniqueSubject("user");
        String id = raiseTicket(requester, "HOW_TO");

        jsonAs(requester, "maker")
                .body(Map.of("body", "Secret", "visibility", "INTERNAL"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        as(uniqueSubject("agent"), "helpdesk")
                .when()
                .get(ticketPath(id, "comments"))
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void requesterNeverSeesInternalNotesButTheHelpDeskDoes() {
        String requester = uniqueSubject("user");
        String id = raiseTicket(requester, "HOW_TO");
        String agent = uniqueSubject("agent");
        jsonAs(agent, "helpdesk")
                .body(Map.of("body", "Checked the logs", "visibility", "INTERNAL"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(201)
                .body("visibility", equalTo("INTERNAL"));
        jsonAs(agent, "helpdesk")
                .body(Map.of("body", "We are on it", "visibility", "PUBLIC"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(201);

        as(requester, "maker")
                .when()
                .get(ticketPath(id, "comments"))
                .then()
                .statusCode(200)
                .body("items.body", org.hamcrest.Matchers.contains("We are on it"))
                .body("items.visibility", org.hamcrest.Matchers.everyItem(equalTo("PUBLIC")));
        as(requester, "maker")
                .queryParam("limit", 1)
                .when()
                .get(ticketPath(id, "comments"))
                .then()
                .statusCode(200)
                .body("items.body", org.hamcrest.Matchers.contains("We are on it"))
                .body("next_cursor", nullValue());
        as(uniqueSubject("agent"), "helpdesk")
                .when()
                .get(ticketPath(id, "comments"))
                .then()
                .statusCode(200)
                .body("items.body", org.hamcrest.Matchers.contains("Checked the logs", "We are on it"));
    }

    @Test
    void makerWhoSeesButDoesNotWorkATicketDoesNotSeeInternalNotes() {
        String maker = uniqueSubject("maker");
        String id = raiseTicket(
                uniqueSubject("user"), ticketAbout("HOW_TO", registerSolution("productivity", maker, null)));
        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("body", "Internal", "visibility", "INTERNAL"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(201);

        as(maker, "maker")
                .when()
                .get(ticketPath(id, "comments"))
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void internalNoteIsNotAFirstResponseButAPublicCommentBySupportStaffIs() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String agent = uniqueSubject("agent");

        jsonAs(agent, "helpdesk")
                .body(Map.of("body", "Internal first", "visibility", "INTERNAL"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(201)
                .body("first_response", equalTo(false));
        read(id).body("first_responded_at", nullValue());

        String respondedAt = jsonAs(agent, "helpdesk")
                .body(Map.of("body", "Hello, looking into it"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(201)
                .body("first_response", equalTo(true))
                .extract()
                .path("created_at");
        String firstRespondedAt =
                read(id).body("first_responded_at", notNullValue()).extract().path("first_responded_at");
        assertThat(java.time.Instant.parse(firstRespondedAt)).isEqualTo(java.time.Instant.parse(respondedAt));

        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("body", "Another answer"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(201)
                .body("first_response", equalTo(false));
        read(id).body("first_responded_at", equalTo(firstRespondedAt));
    }

    @Test
    void requestersOwnCommentIsNotAFirstResponse() {
        String requester = uniqueSubject("user");
        String id = raiseTicket(requester, "HOW_TO");

        jsonAs(requester, "maker")
                .body(Map.of("body", "More details"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(201)
                .body("first_response", equalTo(false));
        read(id).body("first_responded_at", nullValue());
    }

    @Test
    void requesterWhoMakesTheSolutionDoesNotRespondToThemselves() {
        String maker = uniqueSubject("maker");
        String id = raiseTicket(maker, ticketAbout("BUG", registerSolution("productivity", maker, null)));
        read(id).body("assignee", equalTo(maker));

        jsonAs(maker, "maker")
                .body(Map.of("body", "Note to self"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(201)
                .body("first_response", equalTo(false));
        read(id).body("first_responded_at", nullValue());
        assertThat(history(id)).hasSize(1);
    }
}
