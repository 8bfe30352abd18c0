package io.tierdesk.escalation;

import static io.tierdesk.escalation.EscalationGraphFixtures.inForce;
import static io.tierdesk.escalation.EscalationGraphFixtures.publishSteps;
import static io.tierdesk.escalation.EscalationGraphFixtures.stepsOf;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.createTeam;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.ensureDefaultTeams;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.ticketAbout;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which team takes an escalated ticket: the one named, else the rule the contract states, said in the history. */
@QuarkusTest
class EscalationTeamChoiceTest {

    private static ValidatableResponse escalate(String ticketId, String subject, String role, Map<String, ?> body) {
        return jsonAs(subject, role)
                .body(body)
                .when()
                .post(ticketPath(ticketId, "escalations"))
                .then();
    }

    private static Map<String, Object> lastEscalation(String ticketId) {
        List<Map<String, Object>> items = as(uniqueSubject("admin"), "admin")
                .queryParam("limit", 200)
                .when()
                .get(ticketPath(ticketId, "history"))
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        List<Map<String, Object>> escalations = items.stream()
                .filter(entry -> "ESCALATED".equals(entry.get("kind")))
                .toList();
        return escalations.isEmpty() ? null : escalations.get(escalations.size() - 1);
    }

    private static String ticketEtag(String ticketId) {
        return as(uniqueSubject("admin"), "admin")
                .when()
                .get(ticketPath(ticketId))
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
    }

    @Test
    void anEscalationThatNamesOneOfSeveralTeamsOfTheLevelGoesToThatTeamAndSaysSo() {
        ensureDefaultTeams();
        String second = createTeam("PLATFORM");
        String ticket = raiseTicket(uniqueSubject("user"), "HOW_TO");

        escalate(
                        ticket,
                        uniqueSubject("agent"),
                        "helpdesk",
                        Map.of("to_level", "PLATFORM", "reason", "Their speciality", "team_id", second))
                .statusCode(200)
                .body("team_id", equalTo(second));
        assertThat(lastEscalation(ticket))
                .containsEntry("to_team_id", second)
                .containsEntry("reason", "Their speciality");
        assertThat((String) lastEscalation(ticket).get("team_choice"))
                .contains(second)
                .contains("named by the escalation");
    }

    @Test
    void withoutATeamIdTheLongestRegisteredTeamOfTheLevelTakesItAndTheHistorySaysWhy() {
        ensureDefaultTeams();
        createTeam("PLATFORM");
        String ticket = raiseTicket(uniqueSubject("user"), "HOW_TO");

        String team = escalate(
                        ticket,
                        uniqueSubject("agent"),
                        "helpdesk",
                        Map.of("to_level", "PLATFORM", "reason", "Needs the platform"))
                .statusCode(200)
                .extract()
                .path("team_id");
        assertThat((String) lastEscalation(ticket).get("team_choice"))
                .contains(team)
                .contains("longest-registered")
                .contains("PLATFORM teams");
    }

    @Test
    void aTeamTheGraphsStepNamesTakesTheTicketWhenTheEscalationNamesNone() {
        ensureDefaultTeams();
        JsonPath before = inForce();
        List<Map<String, Object>> original = stepsOf(before);
        String named = createTeam("PLATFORM");
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Map<String, Object> step : original) {
            Map<String, Object> copy = new HashMap<>(step);
            if ("HELP_DESK".equals(step.get("from_level")) && "PLATFORM".equals(step.get("to_level"))) {
                copy.put("team_id", named);
            }
            steps.add(copy);
        }
        int version = publishSteps(steps);
        try {
            String ticket = raiseTicket(uniqueSubject("user"), "HOW_TO");
            escalate(
                            ticket,
                            uniqueSubject("agent"),
                            "helpdesk",
                            Map.of("to_level", "PLATFORM", "reason", "Goes to the named team"))
                    .statusCode(200)
                    .body("team_id", equalTo(named));
            assertThat((String) lastEscalation(ticket).get("team_choice"))
                    .contains(named)
                    .contains("escalation graph version " + version);
        } finally {
            publishSteps(original);
        }
    }

    @Test
    void aTeamIdOfAnotherKindIsUnprocessableNamingTeamIdAndChangesNothing() {
        ensureDefaultTeams();
        String ticket = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String tag = ticketEtag(ticket);

        escalate(
                        ticket,
                        uniqueSubject("agent"),
                        "helpdesk",
                        Map.of("to_level", "PLATFORM", "reason", "Wrong team", "team_id", createTeam("HELP_DESK")))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/wrong-team-kind"))
                .body("errors[0].field", equalTo("team_id"));
        assertThat(ticketEtag(ticket)).isEqualTo(tag);
        assertThat(lastEscalation(ticket)).isNull();
    }

    @Test
    void aTeamIdThatIsNotTheSolutionsOwningTeamIsUnprocessableNamingTeamId() {
        String maker = uniqueSubject("maker");
        String ticket = raiseTicket(
                uniqueSubject("user"),
                ticketAbout("BUG", registerSolution("productivity", maker, createTeam("BUSINESS_UNIT"))));
        String tag = ticketEtag(ticket);

        escalate(
                        ticket,
                        maker,
                        "maker",
                        Map.of("to_level", "TEAM", "reason", "Another team", "team_id", createTeam("BUSINESS_UNIT")))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/team-not-serving-level"))
                .body("errors[0].field", equalTo("team_id"));
        assertThat(ticketEtag(ticket)).isEqualTo(tag);
    }

    @Test
    void theVendorTakesNoTeamSoATeamIdIsUnprocessable() {
        ensureDefaultTeams();
        String ticket = raiseTicket(uniqueSubject("user"), "PLATFORM_ISSUE");
        String tag = ticketEtag(ticket);

        escalate(
                        ticket,
                        uniqueSubject("platform"),
                        "platform",
                        Map.of(
                                "to_level",
                                "VENDOR",
                                "reason",
                                "Vendor",
                                "vendor_case_ref",
                                "CASE-1",
                                "team_id",
                                createTeam("PLATFORM")))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/team-not-serving-level"))
                .body("errors[0].field", equalTo("team_id"));
        assertThat(ticketEtag(ticket)).isEqualTo(tag);
    }

    @Test
    void theMakersEscalationToTheOwningTeamSaysItIsTheOwningTeam() {
        String maker = uniqueSubject("maker");
        String team = createTeam("BUSINESS_UNIT");
        String ticket =
                raiseTicket(uniqueSubject("user"), ticketAbout("BUG", registerSolution("productivity", maker, team)));

        escalate(ticket, maker, "maker", Map.of("to_level", "TEAM", "reason", "My team"))
                .statusCode(200)
                .body("team_id", equalTo(team));
        assertThat((String) lastEscalation(ticket).get("team_choice"))
                .contains(team)
                .contains("owning team");
    }
}
