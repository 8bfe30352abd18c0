package io.tierdesk.ticket;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tierdesk.event.Outbox;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.SlaFixtures;
import io.tierdesk.support.TestClock;
import io.tierdesk.support.Tokens;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A ticket's clocks through the HTTP API, and the breach scan, on the seeded policies. */
@QuarkusTest
class TicketSlaTest {

    private static final String AGENT = "sla-agent";
    private static final String CRITICAL_24X7 = "00000000-0000-0000-0001-000000000002";
    private static final String CRITICAL_BUSINESS_HOURS = "00000000-0000-0000-0001-000000000003";

    @Inject
    TestClock clock;

    @Inject
    SlaScanner scanner;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void criticalP1TicketRunsBothClocksOnTheAlwaysOpenCalendar() {
        Instant start = Instant.parse("2031-03-03T10:00:00Z");
        clock.set(start);
        String id = criticalTicket("P1");

        JsonPath sla = sla(id);
        assertThat(sla.getString("clocks.find { it.metric == 'FIRST_RESPONSE' }.due_at"))
                .isEqualTo("2031-03-03T10:15:00Z");
        assertThat(sla.getString("clocks.find { it.metric == 'RESOLUTION' }.due_at"))
                .isEqualTo("2031-03-03T14:00:00Z");
        as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + id)
                .then()
                .body("due_at", equalTo("2031-03-03T10:15:00Z"))
                .body("breached", equalTo(false));
    }

    @Test
    void waitingOnTheRequesterPausesResolutionButNotFirstResponse() {
        Instant start = Instant.parse("2031-04-07T08:00:00Z");
        clock.set(start);
        String id = criticalTicket("P1");
        move(id, "TRIAGED");
        move(id, "IN_PROGRESS");
        clock.set(start.plus(Duration.ofHours(1)));
        move(id, "WAITING_ON_REQUESTER");

        JsonPath paused = sla(id);
        assertThat(paused.getString("clocks.find { it.metric == 'RESOLUTION' }.state"))
                .isEqualTo("PAUSED");
        assertThat(paused.getString("clocks.find { it.metric == 'RESOLUTION' }.due_at"))
                .isNull();
        assertThat(paused.getString("clocks.find { it.metric == 'FIRST_RESPONSE' }.state"))
                .isEqualTo("RUNNING");

        clock.set(start.plus(Duration.ofHours(3)));
        move(id, "IN_PROGRESS");
        JsonPath resumed = sla(id);
        assertThat(resumed.getString("clocks.find { it.metric == 'RESOLUTION' }.due_at"))
                .isEqualTo("2031-04-07T14:00:00Z");
        assertThat(resumed.getList("clocks.find { it.metric == 'RESOLUTION' }.events.type"))
                .containsExactly("STARTED", "PAUSED", "RESUMED");
    }

    @Test
    void aPublicAnswerMeetsFirstResponseAndAnInternalNoteDoesNot() {
        clock.set(Instant.parse("2031-05-05T09:00:00Z"));
        String id = criticalTicket("P2");
        jsonAs(AGENT, "helpdesk")
                .body(Map.of("body", "checking", "visibility", "INTERNAL"))
                .when()
                .post(TICKETS + "/" + id + "/comments")
                .then()
                .statusCode(201);
        assertThat(sla(id).getString("clocks.find { it.metric == 'FIRST_RESPONSE' }.state"))
                .isEqualTo("RUNNING");
        clock.advance(Duration.ofMinutes(5));
        jsonAs(AGENT, "helpdesk")
                .body(Map.of("body", "We are on it"))
                .when()
                .post(TICKETS + "/" + id + "/comments")
                .then()
                .statusCode(201);
        assertThat(sla(id).getString("clocks.find { it.metric == 'FIRST_RESPONSE' }.state"))
                .isEqualTo("MET");
    }

    @Test
    void raisingThePriorityIntoThePastBreachesAtTheNewDueDate() {
        Instant start = Instant.parse("2031-06-02T10:00:00Z");
        clock.set(start);
        String id = criticalTicket("P2");
        clock.set(start.plus(Duration.ofMinutes(30)));
        String etag = as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + id)
                .then()
                .extract()
                .header("ETag");
        jsonAs(AGENT, "helpdesk")
                .header("If-Match", etag)
                .body(Map.of("priority", "P1"))
                .when()
                .patch(TICKETS + "/" + id)
                .then()
                .statusCode(200)
                .body("breached", equalTo(true));
        JsonPath sla = sla(id);
        assertThat(sla.getBoolean("clocks.find { it.metric == 'FIRST_RESPONSE' }.ever_breached"))
                .isTrue();
        assertThat(sla.getList("clocks.find { it.metric == 'FIRST_RESPONSE' }.events.type"))
                .contains("BREACHED", "TARGET_CHANGED");
    }

    @Test
    void theScanWarnsAndBreachesOnceEvenWhenTwoScannersRace() throws Exception {
        Instant start = Instant.parse("2031-07-07T10:00:00Z");
        clock.set(start);
        String id = criticalTicket("P1");
        clock.set(start.plus(Duration.ofMinutes(12)));
        race();
        assertThat(events(id, "FIRST_RESPONSE")).containsExactly("STARTED", "WARNED");
        race();
        assertThat(events(id, "FIRST_RESPONSE")).containsExactly("STARTED", "WARNED");

        clock.set(start.plus(Duration.ofMinutes(16)));
        race();
        race();
        // The 90 % warning (crossed at 13:30) fires with the breach the same scan finds.
        assertThat(events(id, "FIRST_RESPONSE")).containsExactly("STARTED", "WARNED", "WARNED", "BREACHED");
        as(AGENT, "helpdesk").when().get(TICKETS + "/" + id).then().body("breached", equalTo(true));
    }

    @Test
    void aLateScanFiresEveryCrossedWarningAndTheBreachOnceEachAtTheInstantItWasCrossed() throws Exception {
        Instant start = Instant.parse("2031-12-01T10:00:00Z");
        clock.set(start);
        String id = criticalTicket("P1");
        // One jump past both due times, as after a restart or a long pause of every replica.
        clock.set(start.plus(Duration.ofHours(5)));
        race();
        race();

        JsonPath sla = sla(id);
        String firstResponse = "clocks.find { it.metric == 'FIRST_RESPONSE' }.events";
        assertThat(sla.getList(firstResponse + ".type")).containsExactly("STARTED", "WARNED", "WARNED", "BREACHED");
        assertThat(sla.getList(firstResponse + ".warning_percent")).containsExactly(null, 75, 90, null);
        assertThat(sla.getList(firstResponse + ".at"))
                .containsExactly(
                        "2031-12-01T10:00:00Z", "2031-12-01T10:11:15Z", "2031-12-01T10:13:30Z", "2031-12-01T10:15:00Z");
        String resolution = "clocks.find { it.metric == 'RESOLUTION' }.events";
        assertThat(sla.getList(resolution + ".type")).containsExactly("STARTED", "WARNED", "WARNED", "BREACHED");
        assertThat(sla.getList(resolution + ".at"))
                .containsExactly(
                        "2031-12-01T10:00:00Z", "2031-12-01T13:00:00Z", "2031-12-01T13:36:00Z", "2031-12-01T14:00:00Z");

        List<String> published = outbox.list("resourceId = ?1 order by seq", UUID.fromString(id)).stream()
                .filter(event -> event.type.startsWith("sla."))
                .map(event -> event.type + " " + event.data.get("metric") + " " + event.data.get("warning_percent")
                        + " " + event.data.get("at"))
                .toList();
        assertThat(published)
                .containsExactly(
                        "sla.warning FIRST_RESPONSE 75 2031-12-01T10:11:15Z",
                        "sla.warning FIRST_RESPONSE 90 2031-12-01T10:13:30Z",
                        "sla.breached FIRST_RESPONSE null 2031-12-01T10:15:00Z",
                        "sla.warning RESOLUTION 75 2031-12-01T13:00:00Z",
                        "sla.warning RESOLUTION 90 2031-12-01T13:36:00Z",
                        "sla.breached RESOLUTION null 2031-12-01T14:00:00Z");
    }

    @Test
    void raisingACriticalTicketFromP3ToP2MovesItsClocksFromBusinessHoursTo24x7FromItsCreation() {
        // Friday 18:00 in Amsterdam: business hours are closed until Monday 09:00, 24x7 counts from now.
        Instant raised = Instant.parse("2031-12-05T17:00:00Z");
        clock.set(raised);
        String id = criticalTicket("P3");
        assertThat(sla(id).getString("policy_id")).isEqualTo(CRITICAL_BUSINESS_HOURS);
        as(AGENT, "helpdesk").when().get(TICKETS + "/" + id).then().body("due_at", equalTo("2031-12-08T16:00:00Z"));

        clock.set(raised.plus(Duration.ofMinutes(30)));
        patch(id, Map.of("priority", "P2"))
                .body("priority", equalTo("P2"))
                .body("due_at", equalTo("2031-12-05T18:00:00Z"));

        as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + id)
                .then()
                .body("served_under.sla_policy_id", equalTo(CRITICAL_24X7))
                .body("served_under.tier_id", equalTo("critical"));
        JsonPath sla = sla(id);
        assertThat(sla.getString("policy_id")).isEqualTo(CRITICAL_24X7);
        assertThat(sla.getString("clocks.find { it.metric == 'FIRST_RESPONSE' }.due_at"))
                .isEqualTo("2031-12-05T18:00:00Z");
        assertThat(sla.getString("clocks.find { it.metric == 'RESOLUTION' }.due_at"))
                .isEqualTo("2031-12-06T01:00:00Z");
        assertThat(sla.getString("clocks.find { it.metric == 'RESOLUTION' }.started_at"))
                .isEqualTo("2031-12-05T17:00:00Z");
        JsonPath history = as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + id + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(history.getList("items.kind")).contains("PRIORITY_CHANGED", "SLA_POLICY_CHANGED");
        assertThat(history.getString("items.find { it.kind == 'SLA_POLICY_CHANGED' }.detail"))
                .isEqualTo("Critical — business hours for P3/P4 (v1) → Critical — 24x7 for P1/P2 (v1)");
    }

    @Test
    void resolvingOnFirstContactStopsBothClocksAtTheResolution() {
        Instant start = Instant.parse("2031-12-08T10:00:00Z");
        clock.set(start);
        String id = criticalTicket("P1");
        clock.set(start.plus(Duration.ofMinutes(5)));
        jsonAs(AGENT, "helpdesk")
                .body(Map.of("to_status", "RESOLVED", "reason", "Answered on the phone: reset the connection."))
                .when()
                .post(TICKETS + "/" + id + "/transitions")
                .then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolved_at", equalTo("2031-12-08T10:05:00Z"))
                .body("due_at", nullValue());

        clock.set(start.plus(Duration.ofHours(6)));
        scanner.scanBatch();
        JsonPath sla = sla(id);
        for (String metric : List.of("FIRST_RESPONSE", "RESOLUTION")) {
            String of = "clocks.find { it.metric == '" + metric + "' }";
            assertThat(sla.getString(of + ".state")).as(metric).isEqualTo("MET");
            assertThat(sla.getList(of + ".events.type")).as(metric).containsExactly("STARTED", "MET");
            assertThat(sla.getString(of + ".events[1].at")).as(metric).isEqualTo("2031-12-08T10:05:00Z");
        }
    }

    @Test
    void aClockLastChangedByAReplicaWhoseTimeRunsAheadIsCheckedAsOfThatChange() {
        Instant start = Instant.parse("2031-07-21T10:00:00Z");
        clock.set(start);
        String id = criticalTicket("P1");
        Instant now = start.plus(Duration.ofMinutes(12));
        clock.set(now);
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery(
                                "UPDATE sla_clocks SET last_changed_at = :ahead WHERE ticket_id = :ticket")
                        .setParameter("ahead", now.plusSeconds(5).atOffset(ZoneOffset.UTC))
                        .setParameter("ticket", UUID.fromString(id))
                        .executeUpdate());

        scanner.scanBatch();

        assertThat(events(id, "FIRST_RESPONSE")).containsExactly("STARTED", "WARNED");
    }

    @Test
    void nothingFiresWhilePaused() {
        Instant start = Instant.parse("2031-08-04T10:00:00Z");
        clock.set(start);
        String id = criticalTicket("P1");
        move(id, "TRIAGED");
        move(id, "IN_PROGRESS");
        move(id, "WAITING_ON_VENDOR");
        clock.set(start.plus(Duration.ofHours(10)));
        scanner.scanBatch();
        assertThat(events(id, "RESOLUTION")).containsExactly("STARTED", "PAUSED");
    }

    @Test
    void slaExplanationFollowsTicketVisibility() {
        String id = criticalTicket("P3");
        as(Tokens.uniqueSubject("stranger"), "maker")
                .when()
                .get(TICKETS + "/" + id + "/sla")
                .then()
                .statusCode(404)
                .contentType(Fixtures.PROBLEM_JSON);
        io.restassured.RestAssured.given()
                .when()
                .get(TICKETS + "/" + id + "/sla")
                .then()
                .statusCode(401)
                .contentType(Fixtures.PROBLEM_JSON);
    }

    @Test
    void productivityTicketsHaveNoClocks() {
        String maker = Tokens.uniqueSubject("maker");
        String solution = Fixtures.registerAsMaker(maker);
        String id = jsonAs(maker, "maker")
                .body(Map.of("solution_id", solution, "category", "BUG", "title", "x"))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("due_at", nullValue())
                .extract()
                .path("id");
        assertThat(sla(id).getList("clocks")).isEmpty();
    }

    @Test
    void attainmentCountsMetAndBreachedTicketsWithMedianBusinessTimes() {
        Instant start = Instant.parse("2032-02-02T10:00:00Z");
        clock.set(start);
        String met = criticalTicket("P1");
        String breached = criticalTicket("P1");
        criticalTicket("P1");
        clock.set(start.plus(Duration.ofMinutes(10)));
        jsonAs(AGENT, "helpdesk")
                .body(Map.of("body", "On it"))
                .when()
                .post(TICKETS + "/" + met + "/comments")
                .then()
                .statusCode(201);
        clock.set(start.plus(Duration.ofMinutes(20)));
        scanner.scanBatch();
        clock.set(start.plus(Duration.ofMinutes(60)));
        for (String id : List.of(met, breached)) {
            move(id, "TRIAGED");
            move(id, "IN_PROGRESS");
            move(id, "RESOLVED");
        }

        JsonPath report = as("sla-auditor", "auditor")
                .queryParam("since", "2032-02-02T00:00:00Z")
                .queryParam("until", "2032-02-03T00:00:00Z")
                .queryParam("group_by", "tier")
                .when()
                .get("/api/v1/reports/sla-attainment")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getInt("rows.find { it.group == 'critical' }.tickets"))
                .isEqualTo(3);
        assertThat(report.getInt("rows.find { it.group == 'critical' }.met")).isEqualTo(1);
        // the unanswered third ticket breached its first response too, though it is still open
        assertThat(report.getInt("rows.find { it.group == 'critical' }.breached"))
                .isEqualTo(2);
        assertThat(report.getDouble("rows.find { it.group == 'critical' }.attainment_percent"))
                .isCloseTo(100.0 / 3, org.assertj.core.data.Offset.offset(0.01));
        assertThat(report.getDouble("rows.find { it.group == 'critical' }.median_first_response_minutes"))
                .isEqualTo(35.0);
        assertThat(report.getDouble("rows.find { it.group == 'critical' }.median_resolution_minutes"))
                .isEqualTo(60.0);
    }

    @Test
    void aBreachEscalatesOneLevelWhenThePolicySaysSo() {
        String admin = "sla-admin";
        String policy = jsonAs(admin, "admin")
                .body(Map.of(
                        "name",
                        Fixtures.uniqueName("escalating"),
                        "tier_ids",
                        List.of("important"),
                        "priorities",
                        List.of("P1"),
                        "calendar_id",
                        "00000000-0000-0000-0000-000000000247",
                        "targets",
                        List.of(Map.of("priority", "P1", "first_response_minutes", 10, "resolution_minutes", 60)),
                        "escalate_on_breach",
                        true,
                        "rank",
                        10_000,
                        "enabled",
                        true))
                .when()
                .post("/api/v1/sla-policies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try {
            Instant start = Instant.parse("2031-09-01T10:00:00Z");
            clock.set(start);
            String team = Fixtures.createTeam("BUSINESS_UNIT");
            Map<String, Object> solution = new HashMap<>(Fixtures.solution("important"));
            solution.put("tier_id", "important");
            solution.put("maker", Tokens.uniqueSubject("maker"));
            solution.put("owning_team_id", team);
            String solutionId = Fixtures.register("sla-platform", "platform", solution);
            String id = jsonAs(Tokens.uniqueSubject("user"), "maker")
                    .body(Map.of("solution_id", solutionId, "category", "BUG", "title", "Down", "priority", "P1"))
                    .when()
                    .post(TICKETS)
                    .then()
                    .statusCode(201)
                    .body("support_level", equalTo("TEAM"))
                    .extract()
                    .path("id");
            clock.set(start.plus(Duration.ofMinutes(11)));
            scanner.scanBatch();
            as(AGENT, "helpdesk")
                    .when()
                    .get(TICKETS + "/" + id)
                    .then()
                    .body("support_level", equalTo("PLATFORM"))
                    .body("breached", equalTo(true));
            as(AGENT, "helpdesk")
                    .when()
                    .get(TICKETS + "/" + id + "/history")
                    .then()
                    .body("items.find { it.kind == 'ESCALATED' }.actor", equalTo("system"));
        } finally {
            SlaFixtures.disablePolicy(policy);
        }
    }

    @Test
    void reapplyingAnEditedPolicyMovesOpenTicketsToTheNewTargets() {
        String admin = "sla-admin";
        String policy = jsonAs(admin, "admin")
                .body(Map.of(
                        "name",
                        Fixtures.uniqueName("reapplied"),
                        "tier_ids",
                        List.of("important"),
                        "priorities",
                        List.of("P2"),
                        "calendar_id",
                        "00000000-0000-0000-0000-000000000247",
                        "targets",
                        List.of(Map.of("priority", "P2", "first_response_minutes", 60, "resolution_minutes", 600)),
                        "rank",
                        10_001,
                        "enabled",
                        true))
                .when()
                .post("/api/v1/sla-policies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try {
            clock.set(Instant.parse("2031-10-06T10:00:00Z"));
            String ticket = importantTicket("P2");
            as(AGENT, "helpdesk")
                    .when()
                    .get(TICKETS + "/" + ticket)
                    .then()
                    .body("due_at", equalTo("2031-10-06T11:00:00Z"));

            String etag = as(admin, "admin")
                    .when()
                    .get("/api/v1/sla-policies/" + policy)
                    .then()
                    .extract()
                    .header("ETag");
            jsonAs(admin, "admin")
                    .header("If-Match", etag)
                    .body(Map.of(
                            "targets",
                            List.of(Map.of("priority", "P2", "first_response_minutes", 30, "resolution_minutes", 300))))
                    .when()
                    .patch("/api/v1/sla-policies/" + policy)
                    .then()
                    .statusCode(200);
            as(AGENT, "helpdesk")
                    .when()
                    .get(TICKETS + "/" + ticket)
                    .then()
                    .body("due_at", equalTo("2031-10-06T11:00:00Z"));

            as("sla-platform", "platform")
                    .when()
                    .post("/api/v1/sla-policies/" + policy + "/reapply")
                    .then()
                    .statusCode(403)
                    .contentType(Fixtures.PROBLEM_JSON);
            clock.set(Instant.parse("2031-10-06T10:05:00Z"));
            as(admin, "admin")
                    .when()
                    .post("/api/v1/sla-policies/" + policy + "/reapply")
                    .then()
                    .statusCode(200)
                    .body("tickets_updated", equalTo(1))
                    .body("policy_version", equalTo(2));
            as(AGENT, "helpdesk")
                    .when()
                    .get(TICKETS + "/" + ticket)
                    .then()
                    .body("due_at", equalTo("2031-10-06T10:30:00Z"));
            assertThat(sla(ticket).getInt("policy_version")).isEqualTo(2);
            as(admin, "admin")
                    .when()
                    .post("/api/v1/sla-policies/" + policy + "/reapply")
                    .then()
                    .statusCode(200)
                    .body("tickets_updated", equalTo(0));
        } finally {
            SlaFixtures.disablePolicy(policy);
        }
    }

    @Test
    void movingTheSolutionToAnotherTierStartsItsTicketsClocksFromTheirCreation() {
        Instant start = Instant.parse("2031-11-03T10:00:00Z");
        clock.set(start);
        String maker = Tokens.uniqueSubject("maker");
        String solution = Fixtures.registerAsMaker(maker);
        String ticket = jsonAs(maker, "maker")
                .body(Map.of("solution_id", solution, "category", "BUG", "title", "Growing", "priority", "P1"))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("due_at", nullValue())
                .extract()
                .path("id");
        clock.set(start.plus(Duration.ofMinutes(5)));
        String etag = as("sla-platform", "platform")
                .when()
                .get("/api/v1/solutions/" + solution)
                .then()
                .extract()
                .header("ETag");
        as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + ticket)
                .then()
                .body("served_under.tier_id", equalTo("productivity"))
                .body("served_under.sla_policy_id", nullValue());
        String supportLevel = jsonAs("sla-platform", "platform")
                .header("If-Match", etag)
                .body(Map.of("tier_id", "critical"))
                .when()
                .patch("/api/v1/solutions/" + solution)
                .then()
                .statusCode(200)
                .extract()
                .path("support_level");

        as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + ticket)
                .then()
                .body("tier_id", equalTo("productivity"))
                .body("served_under.tier_id", equalTo("critical"))
                .body("served_under.support_level", equalTo(supportLevel))
                .body("served_under.sla_policy_id", equalTo(CRITICAL_24X7))
                .body("due_at", equalTo("2031-11-03T10:15:00Z"));
        assertThat(sla(ticket).getList("clocks.metric")).containsExactlyInAnyOrder("FIRST_RESPONSE", "RESOLUTION");
    }

    private String importantTicket(String priority) {
        Map<String, Object> solution = new HashMap<>(Fixtures.solution("important"));
        solution.put("tier_id", "important");
        solution.put("maker", Tokens.uniqueSubject("maker"));
        String solutionId = Fixtures.register("sla-platform", "platform", solution);
        return jsonAs(Tokens.uniqueSubject("user"), "maker")
                .body(Map.of("solution_id", solutionId, "category", "BUG", "title", "Slow", "priority", priority))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void race() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs =
                    pool.invokeAll(List.<Callable<Integer>>of(scanner::scanBatch, scanner::scanBatch));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }
    }

    private String criticalTicket(String priority) {
        Map<String, Object> solution = new HashMap<>(Fixtures.solution("critical"));
        solution.put("tier_id", "critical");
        solution.put("maker", Tokens.uniqueSubject("maker"));
        String solutionId = Fixtures.register("sla-platform", "platform", solution);
        return jsonAs(Tokens.uniqueSubject("user"), "maker")
                .body(Map.of("solution_id", solutionId, "category", "BUG", "title", "Down", "priority", priority))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private void move(String id, String status) {
        jsonAs(AGENT, "helpdesk")
                .body(Map.of("to_status", status))
                .when()
                .post(TICKETS + "/" + id + "/transitions")
                .then()
                .statusCode(200);
    }

    private io.restassured.response.ValidatableResponse patch(String id, Map<String, Object> change) {
        String etag = as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + id)
                .then()
                .extract()
                .header("ETag");
        return jsonAs(AGENT, "helpdesk")
                .header("If-Match", etag)
                .body(change)
                .when()
                .patch(TICKETS + "/" + id)
                .then()
                .statusCode(200);
    }

    private JsonPath sla(String id) {
        return as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + id + "/sla")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private List<String> events(String id, String metric) {
        return sla(id).getList("clocks.find { it.metric == '" + metric + "' }.events.type");
    }
}
