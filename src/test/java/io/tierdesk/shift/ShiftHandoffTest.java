package io.tierdesk.shift;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.SHIFT_HANDOFFS;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.raiseTicketJson;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.ticketAbout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tierdesk.client.model.TicketPriority;
import io.tierdesk.event.Outbox;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.SlaFixtures;
import io.tierdesk.support.TestClock;
import io.tierdesk.support.Tokens;
import io.tierdesk.ticket.SlaScanner;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Handoffs at shift boundaries: recorded once, with the team's tickets, notes from the outgoing, acknowledged by the incoming. */
@QuarkusTest
class ShiftHandoffTest {

    @Inject
    TestClock clock;

    @Inject
    ShiftHandoffJob job;

    @Inject
    SlaScanner scanner;

    @Inject
    Outbox outbox;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A team with a lead and two members rotating hourly from half an hour after {@code start} (a half hour, in winter). */
    private record Team(String id, String lead, String first, String second, String rotation) {}

    private Team hourlyTeam(Instant start) {
        clock.set(start);
        Fixtures.Crew crew = Fixtures.crew("BUSINESS_UNIT");
        String rotation = Fixtures.hourlyRotation(crew, start.plus(Duration.ofMinutes(30)));
        return new Team(crew.teamId(), crew.lead(), crew.first(), crew.second(), rotation);
    }

    private JsonPath list(String subject, String role, Map<String, ?> query) {
        return as(subject, role)
                .queryParams(query)
                .when()
                .get(SHIFT_HANDOFFS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void everyBoundaryGetsExactlyOneHandoffHoweverOftenAndConcurrentlyTheJobRuns() throws Exception {
        Instant start = Instant.parse("2032-03-01T07:30:00Z");
        Team team = hourlyTeam(start);
        clock.set(Instant.parse("2032-03-01T11:10:00Z"));

        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Callable<Integer>> runs = List.of(job::recordRecent, job::recordRecent, job::recordRecent);
            for (Future<Integer> run : pool.invokeAll(runs)) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
        job.recordRecent();

        JsonPath page = list(team.lead(), "maker", Map.of("team_id", team.id()));
        // Shifts start at 08:00 (first), 09:00 (second), 10:00 (first), 11:00 (second).
        assertThat(page.getList("items.boundary_at"))
                .containsExactly(
                        "2032-03-01T11:00:00Z", "2032-03-01T10:00:00Z", "2032-03-01T09:00:00Z", "2032-03-01T08:00:00Z");
        assertThat(page.getList("items.incoming_member"))
                .containsExactly(team.second(), team.first(), team.second(), team.first());
        assertThat(page.getList("items.outgoing_member"))
                .containsExactly(team.first(), team.second(), team.first(), null);
        for (String id : page.<String>getList("items.id")) {
            assertThat(outbox.list("resourceId = ?1", UUID.fromString(id)))
                    .as("events of %s", id)
                    .singleElement()
                    .satisfies(event -> {
                        assertThat(event.type).isEqualTo("shift.handoff_created");
                        assertThat(event.data).containsEntry("id", id).containsEntry("rotation_id", team.rotation());
                    });
        }
    }

    @Test
    void listingARotationsHandoffsRecordsTheBoundariesTheJobHasNotReached() {
        Team team = hourlyTeam(Instant.parse("2032-03-02T07:30:00Z"));
        clock.set(Instant.parse("2032-03-02T09:30:00Z"));

        JsonPath page = list(team.first(), "maker", Map.of("rotation_id", team.rotation()));
        assertThat(page.getList("items.incoming_member")).containsExactly(team.second(), team.first());
        assertThat(list(team.first(), "maker", Map.of("rotation_id", team.rotation()))
                        .getList("items"))
                .hasSize(2);
        job.recordRecent();
        assertThat(list(team.first(), "maker", Map.of("team_id", team.id())).getList("items"))
                .hasSize(2);
    }

    @Test
    void aHandoffListsTheTeamsOpenTicketsWithThoseAtRiskFirst() {
        Instant start = Instant.parse("2032-03-03T07:30:00Z");
        Team team = hourlyTeam(start);
        String admin = "handoff-admin";
        String policy = jsonAs(admin, "admin")
                .body(Map.of(
                        "name",
                        Fixtures.uniqueName("handoff"),
                        "tier_ids",
                        List.of("important"),
                        "priorities",
                        List.of("P1"),
                        "calendar_id",
                        "00000000-0000-0000-0000-000000000247",
                        "targets",
                        List.of(Map.of("priority", "P1", "first_response_minutes", 10, "resolution_minutes", 600)),
                        "rank",
                        20_001,
                        "enabled",
                        true))
                .when()
                .post("/api/v1/sla-policies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try {
            String solution = importantSolution(team.id());
            String calm = ticket(solution, "P3", "Column order");
            String urgent = ticket(solution, "P1", "Payroll fails");
            String done = ticket(solution, "P3", "Already fixed");
            for (String status : List.of("TRIAGED", "IN_PROGRESS", "RESOLVED")) {
                jsonAs("handoff-agent", "helpdesk")
                        .body(Map.of("to_status", status))
                        .when()
                        .post(ticketPath(done, "transitions"))
                        .then()
                        .statusCode(200);
            }
            clock.set(start.plus(Duration.ofMinutes(20)));
            scanner.scanBatch();
            clock.set(Instant.parse("2032-03-03T08:00:30Z"));
            job.recordRecent();

            String id = list(team.lead(), "maker", Map.of("team_id", team.id())).getString("items[0].id");
            JsonPath handoff = as(team.first(), "maker")
                    .when()
                    .get(SHIFT_HANDOFFS + "/" + id)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(handoff.getInt("open_tickets")).isEqualTo(2);
            assertThat(handoff.getInt("at_risk_tickets")).isEqualTo(1);
            assertThat(handoff.getList("tickets.ticket_id")).containsExactly(urgent, calm);
            assertThat(handoff.getString("tickets[0].sla_state")).isEqualTo("BREACHED");
            assertThat(handoff.getBoolean("tickets[0].at_risk")).isTrue();
            assertThat(handoff.getBoolean("tickets[1].at_risk")).isFalse();
        } finally {
            SlaFixtures.disablePolicy(policy);
        }
    }

    @Test
    void theOutgoingMemberWritesNotesAndOnlyTheIncomingMemberAcknowledges() {
        Team team = hourlyTeam(Instant.parse("2032-03-04T07:30:00Z"));
        clock.set(Instant.parse("2032-03-04T09:05:00Z"));
        job.recordRecent();
        // At 09:00 the first member handed over to the second.
        String id = list(team.lead(), "maker", Map.of("team_id", team.id())).getString("items[0].id");
        String etag = as(team.first(), "maker")
                .when()
                .get(SHIFT_HANDOFFS + "/" + id)
                .then()
                .extract()
                .header("ETag");

        notes(team.second(), id, "mine?").then().statusCode(403).contentType(PROBLEM_JSON);
        notes(team.lead(), id, "lead").then().statusCode(403);
        jsonAs(team.first(), "maker")
                .header("If-Match", "\"999\"")
                .body(Map.of("notes", "stale"))
                .when()
                .put(SHIFT_HANDOFFS + "/" + id + "/notes")
                .then()
                .statusCode(412);
        jsonAs(team.first(), "maker")
                .header("If-Match", etag)
                .body(Map.of("notes", "Payroll flow is flaky."))
                .when()
                .put(SHIFT_HANDOFFS + "/" + id + "/notes")
                .then()
                .statusCode(200)
                .body("notes", equalTo("Payroll flow is flaky."))
                .body("notes_at", equalTo("2032-03-04T09:05:00Z"));
        jsonAs(team.first(), "maker")
                .body(Map.of("notes", ""))
                .when()
                .put(SHIFT_HANDOFFS + "/" + id + "/notes")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);

        assertThat(list(team.second(), "maker", Map.of("team_id", team.id(), "unacknowledged", true))
                        .getList("items.id"))
                .contains(id);
        as(team.first(), "maker")
                .when()
                .post(SHIFT_HANDOFFS + "/" + id + "/acknowledgement")
                .then()
                .statusCode(403);
        as(team.second(), "maker")
                .when()
                .post(SHIFT_HANDOFFS + "/" + id + "/acknowledgement")
                .then()
                .statusCode(200)
                .body("acknowledged_by", equalTo(team.second()))
                .body("acknowledged_at", equalTo("2032-03-04T09:05:00Z"));
        as(team.second(), "maker")
                .when()
                .post(SHIFT_HANDOFFS + "/" + id + "/acknowledgement")
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);
        notes(team.first(), id, "too late").then().statusCode(409);

        assertThat(list(team.second(), "maker", Map.of("team_id", team.id(), "unacknowledged", true))
                        .getList("items.id"))
                .doesNotContain(id);
        assertThat(list(team.second(), "maker", Map.of("team_id", team.id(), "unacknowledged", false))
                        .getList("items.id"))
                .containsExactly(id);
        assertThat(list(team.second(), "maker", Map.of("member", team.second())).getList("items.id"))
                .contains(id);
    }

    @Test
    void aHandoffAfterAGapCanBeNotedByALeadInstead() {
        Team team = hourlyTeam(Instant.parse("2032-03-05T07:30:00Z"));
        clock.set(Instant.parse("2032-03-05T08:05:00Z"));
        job.recordRecent();
        String id = list(team.lead(), "maker", Map.of("team_id", team.id())).getString("items[0].id");

        as(team.lead(), "maker").when().get(SHIFT_HANDOFFS + "/" + id).then().body("outgoing_member", equalTo(null));
        notes(team.first(), id, "me?").then().statusCode(403);
        notes(team.lead(), id, "Quiet night before the rotation started.")
                .then()
                .statusCode(200);
    }

    @Test
    void onlyThoseWhoMayReadTheTeamsOnCallSeeItsHandoffs() {
        Team team = hourlyTeam(Instant.parse("2032-03-06T07:30:00Z"));
        clock.set(Instant.parse("2032-03-06T10:05:00Z"));
        job.recordRecent();
        String id = list(team.lead(), "maker", Map.of("team_id", team.id())).getString("items[0].id");
        String outsider = Tokens.uniqueSubject("outsider");

        given().when().get(SHIFT_HANDOFFS).then().statusCode(401).contentType(PROBLEM_JSON);
        given().when().get(SHIFT_HANDOFFS + "/" + id).then().statusCode(401);
        given().when()
                .post(SHIFT_HANDOFFS + "/" + id + "/acknowledgement")
                .then()
                .statusCode(401);
        as(outsider, "maker")
                .when()
                .get(SHIFT_HANDOFFS + "/" + id)
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        as(outsider, "maker")
                .when()
                .post(SHIFT_HANDOFFS + "/" + id + "/acknowledgement")
                .then()
                .statusCode(404);
        notes(outsider, id, "hi").then().statusCode(404);
        as(outsider, "maker")
                .queryParam("team_id", team.id())
                .when()
                .get(SHIFT_HANDOFFS)
                .then()
                .statusCode(404);
        as(outsider, "maker")
                .queryParam("rotation_id", team.rotation())
                .when()
                .get(SHIFT_HANDOFFS)
                .then()
                .statusCode(404);
        assertThat(list(outsider, "maker", Map.of()).getList("items.id")).doesNotContain(id);
        as("handoff-auditor", "auditor")
                .when()
                .get(SHIFT_HANDOFFS + "/" + id)
                .then()
                .statusCode(200);
        as("handoff-auditor", "auditor")
                .when()
                .post(SHIFT_HANDOFFS + "/" + id + "/acknowledgement")
                .then()
                .statusCode(403);
        as("handoff-helpdesk", "helpdesk")
                .queryParam("team_id", team.id())
                .when()
                .get(SHIFT_HANDOFFS)
                .then()
                .statusCode(200)
                .body("items", hasSize(3));
        as(team.lead(), "maker")
                .queryParam("unacknowledged", "maybe")
                .when()
                .get(SHIFT_HANDOFFS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void handoffListsPageWithCursorsBoundToTheCaller() {
        Team team = hourlyTeam(Instant.parse("2032-03-07T07:30:00Z"));
        clock.set(Instant.parse("2032-03-07T12:05:00Z"));
        job.recordRecent();

        JsonPath first = as(team.lead(), "maker")
                .queryParam("team_id", team.id())
                .queryParam("limit", 3)
                .when()
                .get(SHIFT_HANDOFFS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String cursor = first.getString("next_cursor");
        JsonPath second = as(team.lead(), "maker")
                .queryParam("team_id", team.id())
                .queryParam("limit", 3)
                .queryParam("cursor", cursor)
                .when()
                .get(SHIFT_HANDOFFS)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertThat(first.getList("items.boundary_at"))
                .containsExactly("2032-03-07T12:00:00Z", "2032-03-07T11:00:00Z", "2032-03-07T10:00:00Z");
        assertThat(second.getList("items.boundary_at")).containsExactly("2032-03-07T09:00:00Z", "2032-03-07T08:00:00Z");
        assertThat(second.getString("next_cursor")).isNull();
        as(team.first(), "maker")
                .queryParam("team_id", team.id())
                .queryParam("cursor", cursor)
                .when()
                .get(SHIFT_HANDOFFS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    private io.restassured.response.Response notes(String subject, String id, String text) {
        return jsonAs(subject, "maker").body(Map.of("notes", text)).when().put(SHIFT_HANDOFFS + "/" + id + "/notes");
    }

    private String importantSolution(String team) {
        return registerSolution("important", Tokens.uniqueSubject("maker"), team);
    }

    private String ticket(String solution, String priority, String title) {
        JsonPath created =
                raiseTicketJson(ticketAbout("BUG", solution).title(title).priority(TicketPriority.fromValue(priority)));
        assertThat(created.getString("support_level")).isEqualTo("TEAM");
        return created.getString("id");
    }

    @Test
    void aHandoffInsideTheSpringGapIsRecordedTheGapsLengthLaterAndARepeatedOneAtItsFirstOccurrence() {
        clock.set(Instant.parse("2027-03-01T00:00:00Z"));
        Fixtures.Crew crew = Fixtures.crew("BUSINESS_UNIT");
        // 02:30 does not exist in Madrid on 28 March 2027 (02:00 -> 03:00): the handoff is at 03:30 CEST.
        String madrid = dailyRotation(crew, "Europe/Madrid", "2027-03-20T02:30:00");
        // 01:30 happens twice in New York on 7 November 2027: the handoff is at the first, 01:30 EDT.
        String newYork = dailyRotation(crew, "America/New_York", "2027-11-01T01:30:00");

        clock.set(Instant.parse("2027-03-28T12:00:00Z"));
        JsonPath spring = list(crew.first(), "maker", Map.of("rotation_id", madrid));
        clock.set(Instant.parse("2027-11-07T12:00:00Z"));
        JsonPath autumn = list(crew.first(), "maker", Map.of("rotation_id", newYork));

        assertThat(spring.getList("items.boundary_at")).containsExactly("2027-03-28T01:30:00Z");
        assertThat(spring.getString("items[0].incoming_member")).isEqualTo(crew.first());
        assertThat(spring.getString("items[0].outgoing_member")).isEqualTo(crew.second());
        assertThat(autumn.getList("items.boundary_at")).containsExactly("2027-11-07T05:30:00Z");
    }

    private static String dailyRotation(Fixtures.Crew crew, String zone, String anchor) {
        return jsonAs(crew.lead(), "maker")
                .body(Map.of(
                        "team_id",
                        crew.teamId(),
                        "name",
                        Fixtures.uniqueName("daily"),
                        "time_zone",
                        zone,
                        "members",
                        List.of(crew.first(), crew.second()),
                        "shift_length",
                        Map.of("amount", 1, "unit", "DAYS"),
                        "handoff_anchor",
                        anchor))
                .when()
                .post("/api/v1/rotations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
