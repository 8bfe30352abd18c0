package io.tierdesk.ticket;

import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.addMember;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.createTeam;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.AUDIT;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.asJson;
import static io.tierdesk.support.Scenario.ensureDefaultTeams;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.register;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.solution;
import static io.tierdesk.support.Scenario.ticketAbout;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static io.tierdesk.ticket.TicketSupport.escalate;
import static io.tierdesk.ticket.TicketSupport.escalateAsHelpDesk;
import static io.tierdesk.ticket.TicketSupport.escalation;
import static io.tierdesk.ticket.TicketSupport.etag;
import static io.tierdesk.ticket.TicketSupport.history;
import static io.tierdesk.ticket.TicketSupport.read;
import static io.tierdesk.ticket.TicketSupport.stepsTo;
import static io.tierdesk.ticket.TicketSupport.teamKind;
import static io.tierdesk.ticket.TicketSupport.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.tierdesk.client.model.TicketEscalation;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TicketEscalationTest {

    @BeforeEach
    void defaultTeams() {
        ensureDefaultTeams();
    }

    private static List<Map<String, Object>> escalations(String id) {
        return history(id).stream()
                .filter(entry -> "ESCALATED".equals(entry.get("kind")))
                .toList();
    }

    /** A ticket at the given level, put there along the escalation paths. */
    private static String ticketAt(String level) {
        String requester = uniqueSubject("user");
        return switch (level) {
            case "MAKER" ->
                raiseTicket(
                        requester,
                        ticketAbout(
                                "BUG",
                                registerSolution("productivity", uniqueSubject("maker"), createTeam("BUSINESS_UNIT"))));
            case "TEAM" ->
                raiseTicket(
                        requester,
                        ticketAbout(
                                "BUG",
                                registerSolution("important", uniqueSubject("maker"), createTeam("BUSINESS_UNIT"))));
            case "HELP_DESK" -> raiseTicket(requester, "HOW_TO");
            case "PLATFORM" -> raiseTicket(requester, "PLATFORM_ISSUE");
            case "PARTNER" -> {
                String id = raiseTicket(requester, "PLATFORM_ISSUE");
                TicketEscalation toPartner = escalation("PARTNER", "24/7 partner");
                toPartner.teamId(UUID.fromString(createTeam("PARTNER")));
                escalateAsHelpDesk(id, toPartner);
                yield id;
            }
            case "VENDOR" -> {
                String id = raiseTicket(requester, "PLATFORM_ISSUE");
                TicketEscalation toVendor = escalation("VENDOR", "Vendor defect");
                toVendor.vendorCaseRef("CASE-" + UUID.randomUUID());
                escalateAsHelpDesk(id, toVendor);
                yield id;
            }
            default -> throw new IllegalArgumentException(level);
        };
    }

    // --- MAKER -> TEAM -> PLATFORM -------------------------------------------------------------------------------

    @Test
    void makerPathGoesToTheOwningTeamThenToThePlatform() {
        String maker = uniqueSubject("maker");
        String member = uniqueSubject("member");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, member, "MEMBER");
        String id =
                raiseTicket(uniqueSubject("user"), ticketAbout("BUG", registerSolution("productivity", maker, teamId)));
        read(id).body("support_level", equalTo("MAKER")).body("assignee", equalTo(maker));
        String fromTeam = read(id).extract().path("team_id");

        escalate(id, maker, "maker", escalation("TEAM", "Needs my team"))
                .statusCode(200)
                .body("support_level", equalTo("TEAM"))
                .body("team_id", equalTo(teamId))
                .body("assignee", nullValue())
                .body("status", equalTo("NEW"));
        ExtractableResponse<Response> toPlatform = escalate(
                        id, member, "maker", escalation("PLATFORM", "Beyond the team"))
                .statusCode(200)
                .body("support_level", equalTo("PLATFORM"))
                .extract();
        String platformTeam = toPlatform.path("team_id");
        assertThat(teamKind(platformTeam)).isEqualTo("PLATFORM");

        List<Map<String, Object>> steps = escalations(id);
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0))
                .containsEntry("from_level", "MAKER")
                .containsEntry("to_level", "TEAM")
                .containsEntry("to_team_id", teamId)
                .containsEntry("reason", "Needs my team")
                .containsEntry("actor", maker);
        assertThat(steps.get(0).get("from_team_id")).isEqualTo(fromTeam);
        assertThat(steps.get(1))
                .containsEntry("from_level", "TEAM")
                .containsEntry("to_level", "PLATFORM")
                .containsEntry("from_team_id", teamId)
                .containsEntry("to_team_id", platformTeam)
                .containsEntry("reason", "Beyond the team")
                .containsEntry("actor", member);
    }

    @Test
    void makerWhoseProductivityAppHasNoOwningTeamEscalatesToTheHelpDesk() {
        String maker = uniqueSubject("maker");
        String id =
                raiseTicket(uniqueSubject("user"), ticketAbout("BUG", registerSolution("productivity", maker, null)));
        read(id).body("support_level", equalTo("MAKER")).body("assignee", equalTo(maker));

        String helpDeskTeam = escalate(id, maker, "maker", escalation("HELP_DESK", "Stuck, no team to ask"))
                .statusCode(200)
                .body("support_level", equalTo("HELP_DESK"))
                .body("assignee", nullValue())
                .extract()
                .path("team_id");
        assertThat(teamKind(helpDeskTeam)).isEqualTo("HELP_DESK");
        assertThat(escalations(id))
                .singleElement()
                .satisfies(step -> assertThat(step)
                        .containsEntry("from_level", "MAKER")
                        .containsEntry("to_level", "HELP_DESK")
                        .containsEntry("to_team_id", helpDeskTeam)
                        .containsEntry("reason", "Stuck, no team to ask")
                        .containsEntry("actor", maker));
    }

    @Test
    void escalatingToTeamWithoutAnOwningTeamIsUnprocessableAndChangesNothing() {
        String maker = uniqueSubject("maker");
        String id = raiseTicket(uniqueSubject("user"), ticketAbout("BUG", registerSolution("important", maker, null)));
        String tag = etag(id);

        escalate(id, maker, "maker", escalation("TEAM", "No team to go to"))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/no-owning-team"));
        read(id).header("ETag", tag).body("support_level", equalTo("MAKER")).body("assignee", equalTo(maker));
        assertThat(escalations(id)).isEmpty();
    }

    // --- HELP_DESK -> PLATFORM -> PARTNER | VENDOR --------------------------------------------------------------

    @Test
    void helpDeskPathGoesToThePlatformThenToAPartnerTeamThenToTheVendor() {
        String id = raiseTicket(uniqueSubject("user"), "ACCESS_REQUEST");
        String helpDeskTeam = read(id).extract().path("team_id");
        String agent = uniqueSubject("agent");
        String platform = uniqueSubject("platform");
        String partner = uniqueSubject("partner");
        String partnerTeam = createTeam("PARTNER");
        addMember(partnerTeam, partner, "MEMBER");

        String platformTeam = escalate(id, agent, "helpdesk", escalation("PLATFORM", "Needs the platform team"))
                .statusCode(200)
                .body("support_level", equalTo("PLATFORM"))
                .extract()
                .path("team_id");
        assertThat(teamKind(platformTeam)).isEqualTo("PLATFORM");

        TicketEscalation toPartner = escalation("PARTNER", "Partner runs 24/7 support");
        toPartner.teamId(UUID.fromString(partnerTeam));
        escalate(id, platform, "platform", toPartner)
                .statusCode(200)
                .body("support_level", equalTo("PARTNER"))
                .body("team_id", equalTo(partnerTeam));

        TicketEscalation toVendor = escalation("VENDOR", "Confirmed vendor defect");
        toVendor.vendorCaseRef("2611270010001234");
        escalate(id, partner, "partner", toVendor)
                .statusCode(200)
                .body("support_level", equalTo("VENDOR"))
                .body("vendor_case_ref", equalTo("2611270010001234"));
        read(id).body("vendor_case_ref", equalTo("2611270010001234")).body("support_level", equalTo("VENDOR"));

        List<Map<String, Object>> steps = escalations(id);
        assertThat(steps).hasSize(3);
        assertThat(steps.get(0))
                .containsEntry("from_level", "HELP_DESK")
                .containsEntry("to_level", "PLATFORM")
                .containsEntry("from_team_id", helpDeskTeam)
                .containsEntry("to_team_id", platformTeam)
                .containsEntry("reason", "Needs the platform team")
                .containsEntry("actor", agent);
        assertThat(steps.get(1))
                .containsEntry("from_level", "PLATFORM")
                .containsEntry("to_level", "PARTNER")
                .containsEntry("from_team_id", platformTeam)
                .containsEntry("to_team_id", partnerTeam)
                .containsEntry("reason", "Partner runs 24/7 support")
                .containsEntry("actor", platform);
        assertThat(steps.get(2))
                .containsEntry("from_level", "PARTNER")
                .containsEntry("to_level", "VENDOR")
                .containsEntry("from_team_id", partnerTeam)
                .containsEntry("detail", "2611270010001234")
                .containsEntry("reason", "Confirmed vendor defect")
                .containsEntry("actor", partner);
    }

    @Test
    void escalatingToAPartnerWithANonPartnerTeamIsUnprocessableAndChangesNothing() {
        String id = raiseTicket(uniqueSubject("user"), "PLATFORM_ISSUE");
        String tag = etag(id);
        for (String kind : List.of("BUSINESS_UNIT", "HELP_DESK", "PLATFORM")) {
            TicketEscalation toPartner = escalation("PARTNER", "Not a partner");
            toPartner.teamId(UUID.fromString(createTeam(kind)));
            escalate(id, uniqueSubject("platform"), "platform", toPartner)
                    .statusCode(422)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("/problems/wrong-team-kind"));
        }
        read(id).header("ETag", tag).body("support_level", equalTo("PLATFORM"));
        assertThat(escalations(id)).isEmpty();
    }

    @Test
    void escalatingToAPartnerWithAnUnknownTeamIsUnprocessable() {
        String id = raiseTicket(uniqueSubject("user"), "PLATFORM_ISSUE");
        TicketEscalation toPartner = escalation("PARTNER", "Ghost partner");
        toPartner.teamId(UUID.fromString(UUID.randomUUID().toString()));
        escalate(id, uniqueSubject("platform"), "platform", toPartner)
                .statusCode(422)
                .contentType(PROBLEM_JSON);
        read(id).body("support_level", equalTo("PLATFORM"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"BUSINESS_UNIT", "HELP_DESK", "PARTNER"})
    void escalatingToThePlatformNeverLandsWithANonPlatformTeam(String kind) {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        TicketEscalation body = escalation("PLATFORM", "Needs platform");
        body.teamId(UUID.fromString(createTeam(kind)));

        int status =
                escalate(id, uniqueSubject("agent"), "helpdesk", body).extract().statusCode();

        if (status == 200) {
            assertThat(teamKind(read(id).body("support_level", equalTo("PLATFORM"))
                            .extract()
                            .path("team_id")))
                    .isEqualTo("PLATFORM");
        } else {
            assertThat(status).isEqualTo(422);
            read(id).body("support_level", equalTo("HELP_DESK"));
        }
    }

    @Test
    void platformEscalatesToTheVendorOnlyWithACaseReference() {
        String id = raiseTicket(uniqueSubject("user"), "PLATFORM_ISSUE");
        String platformTeam = read(id).extract().path("team_id");
        String tag = etag(id);
        String platform = uniqueSubject("platform");

        escalate(id, platform, "platform", escalation("VENDOR", "Vendor bug"))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/vendor-case-required"));
        TicketEscalation blank = escalation("VENDOR", "Vendor bug");
        blank.vendorCaseRef("  ");
        escalate(id, platform, "platform", blank)
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/vendor-case-required"));
        read(id).header("ETag", tag).body("support_level", equalTo("PLATFORM")).body("vendor_case_ref", nullValue());

        TicketEscalation withCase = escalation("VENDOR", "Vendor bug");
        withCase.vendorCaseRef("CASE-42");
        escalate(id, platform, "platform", withCase)
                .statusCode(200)
                .body("support_level", equalTo("VENDOR"))
                .body("vendor_case_ref", equalTo("CASE-42"));
        assertThat(escalations(id))
                .singleElement()
                .satisfies(step -> assertThat(step)
                        .containsEntry("from_level", "PLATFORM")
                        .containsEntry("to_level", "VENDOR")
                        .containsEntry("from_team_id", platformTeam)
                        .containsEntry("detail", "CASE-42")
                        .containsEntry("actor", platform));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "MAKER, PLATFORM",
        "MAKER, HELP_DESK",
        "MAKER, VENDOR",
        "MAKER, MAKER",
        "TEAM, PARTNER",
        "TEAM, VENDOR",
        "TEAM, MAKER",
        "TEAM, HELP_DESK",
        "HELP_DESK, VENDOR",
        "HELP_DESK, PARTNER",
        "HELP_DESK, TEAM",
        "HELP_DESK, HELP_DESK",
        "PLATFORM, TEAM",
        "PLATFORM, HELP_DESK",
        "PLATFORM, PLATFORM",
        "PARTNER, PLATFORM",
        "PARTNER, PARTNER",
        "VENDOR, MAKER",
        "VENDOR, TEAM",
        "VENDOR, HELP_DESK",
        "VENDOR, PLATFORM",
        "VENDOR, PARTNER",
        "VENDOR, VENDOR"
    })
    void illegalEscalationStepIsAConflictAndChangesNothing(String from, String to) {
        String id = ticketAt(from);
        read(id).body("support_level", equalTo(from));
        String tag = etag(id);
        int steps = escalations(id).size();
        TicketEscalation body = escalation(to, "Skipping a step");
        body.vendorCaseRef("CASE-" + UUID.randomUUID());
        body.teamId(UUID.fromString(createTeam("PARTNER")));

        escalate(id, uniqueSubject("agent"), "helpdesk", body)
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/illegal-escalation"));
        read(id).header("ETag", tag).body("support_level", equalTo(from));
        assertThat(escalations(id)).hasSize(steps);
    }

    @ParameterizedTest
    @ValueSource(strings = {"RESOLVED", "CLOSED"})
    void escalatingAResolvedOrClosedTicketIsAConflict(String status) {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        walk(id, stepsTo(status));
        String tag = etag(id);

        escalate(id, uniqueSubject("agent"), "helpdesk", escalation("PLATFORM", "Too late"))
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/ticket-closed"));
        read(id).header("ETag", tag).body("support_level", equalTo("HELP_DESK"));
    }

    @Test
    void eachEscalationIsInTheAuditTrail() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String agent = uniqueSubject("agent");
        String platform = uniqueSubject("platform");
        escalate(id, agent, "helpdesk", escalation("PLATFORM", "Needs platform"))
                .statusCode(200);
        TicketEscalation toVendor = escalation("VENDOR", "Vendor defect");
        toVendor.vendorCaseRef("CASE-7");
        escalate(id, platform, "platform", toVendor).statusCode(200);

        List<Map<String, Object>> events = as(uniqueSubject("admin"), "admin")
                .queryParam("resource_type", "ticket")
                .queryParam("resource_id", id)
                .queryParam("action", "ticket.escalated")
                .when()
                .get(AUDIT)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(events).hasSize(2);
        assertThat(events).extracting(event -> event.get("actor")).containsExactlyInAnyOrder(agent, platform);
        assertThat(events)
                .allSatisfy(event -> assertThat(event)
                        .containsEntry("resource_type", "ticket")
                        .containsEntry("resource_id", id));

        List<String> actions = as(uniqueSubject("admin"), "admin")
                .queryParam("resource_type", "ticket")
                .queryParam("resource_id", id)
                .when()
                .get(AUDIT)
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions).contains("ticket.created", "ticket.escalated");
    }

    // --- who escalates ------------------------------------------------------------------------------------------

    @Test
    void requesterWhoIsAMakerCannotEscalateTheirHelpDeskTicket() {
        String requester = uniqueSubject("user");
        String id = raiseTicket(requester, "HOW_TO");
        String tag = etag(id);

        escalate(id, requester, "maker", escalation("PLATFORM", "Faster please"))
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/forbidden"));
        read(id).header("ETag", tag).body("support_level", equalTo("HELP_DESK"));
    }

    @Test
    void requesterCannotEscalateATicketTheMakerWorks() {
        String requester = uniqueSubject("user");
        String id = raiseTicket(
                requester,
                ticketAbout(
                        "BUG", registerSolution("productivity", uniqueSubject("maker"), createTeam("BUSINESS_UNIT"))));

        escalate(id, requester, "maker", escalation("TEAM", "The maker is slow"))
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        read(id).body("support_level", equalTo("MAKER"));
    }

    @Test
    void coOwnerWhoSeesButDoesNotWorkATeamTicketCannotEscalateIt() {
        String coOwner = uniqueSubject("co-owner");
        String solutionId = register(
                uniqueSubject("platform"),
                "platform",
                solution("shared")
                        .tierId("important")
                        .maker(uniqueSubject("maker"))
                        .coOwners(List.of(coOwner))
                        .owningTeamId(UUID.fromString(createTeam("BUSINESS_UNIT"))));
        String id = raiseTicket(uniqueSubject("user"), ticketAbout("BUG", solutionId));

        as(coOwner, "maker").when().get(ticketPath(id)).then().statusCode(200);
        escalate(id, coOwner, "maker", escalation("PLATFORM", "Help"))
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        read(id).body("support_level", equalTo("TEAM"));
    }

    @Test
    void partnerNotOnTheTicketsTeamCannotEscalateIt() {
        String id = ticketAt("PARTNER");
        String outsider = uniqueSubject("partner");
        addMember(createTeam("PARTNER"), outsider, "MEMBER");
        TicketEscalation toVendor = escalation("VENDOR", "Not mine");
        toVendor.vendorCaseRef("CASE-X");

        escalate(id, outsider, "partner", toVendor).statusCode(404).contentType(PROBLEM_JSON);
        read(id).body("support_level", equalTo("PARTNER"));
    }

    @Test
    void escalationAnswersWithTheEscalatedTicketsETag() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String agent = uniqueSubject("agent");
        String before = etag(id);

        ExtractableResponse<Response> escalated = escalate(
                        id, agent, "helpdesk", escalation("PLATFORM", "Needs platform"))
                .statusCode(200)
                .extract();

        assertThat(escalated.header("ETag"))
                .isNotEqualTo(before)
                .isEqualTo("\"" + escalated.<Integer>path("version") + "\"");
        read(id).header("ETag", escalated.header("ETag")).body("version", equalTo(escalated.path("version")));
        jsonAs(agent, "helpdesk")
                .header("If-Match", escalated.header("ETag"))
                .body(Map.of("to_status", "TRIAGED"))
                .when()
                .post(ticketPath(id, "transitions"))
                .then()
                .statusCode(200);
    }

    // --- idempotency ---------------------------------------------------------------------------------------------

    @Test
    void escalationWithAnIdempotencyKeyReplaysTheFirstAnswer() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String agent = uniqueSubject("agent");
        String key = UUID.randomUUID().toString();
        TicketEscalation body = escalation("PLATFORM", "Needs platform");

        ExtractableResponse<Response> first = jsonAs(agent, "helpdesk")
                .header("Idempotency-Key", key)
                .body(asJson(body))
                .when()
                .post(ticketPath(id, "escalations"))
                .then()
                .statusCode(200)
                .body("support_level", equalTo("PLATFORM"))
                .extract();
        ExtractableResponse<Response> again = jsonAs(agent, "helpdesk")
                .header("Idempotency-Key", key)
                .body(asJson(body))
                .when()
                .post(ticketPath(id, "escalations"))
                .then()
                .statusCode(200)
                .header("Idempotent-Replayed", "true")
                .extract();

        assertThat(again.<String>path("id")).isEqualTo(id);
        assertThat(again.<Integer>path("version")).isEqualTo(first.<Integer>path("version"));
        assertThat(again.<String>path("support_level")).isEqualTo("PLATFORM");
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(escalations(id)).hasSize(1);
        read(id).body("support_level", equalTo("PLATFORM"));

        jsonAs(agent, "helpdesk")
                .header("Idempotency-Key", key)
                .body(asJson(escalation("PLATFORM", "Other reason")))
                .when()
                .post(ticketPath(id, "escalations"))
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        assertThat(escalations(id)).hasSize(1);
    }
}
