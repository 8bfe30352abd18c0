package io.tierdesk.event;

import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.TestClock;
import io.tierdesk.ticket.SlaScanner;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Changes write their events in the same transaction; a refused change writes none. */
@QuarkusTest
class OutboxEventsTest {

    @Inject
    Outbox outbox;

    @Inject
    SlaScanner scanner;

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private List<OutboxEvent> eventsOf(String resourceId) {
        return outbox.list("resourceId = ?1 order by seq", UUID.fromString(resourceId));
    }

    private List<String> typesOf(String resourceId) {
        return eventsOf(resourceId).stream().map(event -> event.type).toList();
    }

    private static String solution(String tier) {
        Map<String, Object> body = new HashMap<>(Fixtures.solution("evented"));
        body.put("tier_id", tier);
        body.put("maker", uniqueSubject("maker"));
        return Fixtures.register(uniqueSubject("platform"), "platform", body);
    }

    private static void move(String ticket, String status, int expected) {
        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("to_status", status, "reason", "moving"))
                .when()
                .post(TICKETS + "/" + ticket + "/transitions")
                .then()
                .statusCode(expected);
    }

    @Test
    void aTicketsLifeIsReportedStepByStep() {
        Fixtures.createTeam("HELP_DESK");
        Fixtures.createTeam("PLATFORM");
        String ticket = jsonAs(uniqueSubject("user"), "maker")
                .body(Map.of("category", "HOW_TO", "title", "How?"))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("priority", "P2"))
                .when()
                .patch(TICKETS + "/" + ticket)
                .then()
                .statusCode(200);
        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("to_level", "PLATFORM", "reason", "Needs platform"))
                .when()
                .post(TICKETS + "/" + ticket + "/escalations")
                .then()
                .statusCode(200);
        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("to_level", "HELP_DESK", "reason", "Back"))
                .when()
                .post(TICKETS + "/" + ticket + "/reroute")
                .then()
                .statusCode(200);
        move(ticket, "TRIAGED", 200);
        move(ticket, "IN_PROGRESS", 200);
        move(ticket, "RESOLVED", 200);
        move(ticket, "TRIAGED", 409);
        move(ticket, "CLOSED", 200);

        assertThat(typesOf(ticket))
                .containsExactly(
                        "ticket.created",
                        "ticket.updated",
                        "ticket.escalated",
                        "ticket.routed",
                        "ticket.updated",
                        "ticket.updated",
                        "ticket.resolved",
                        "ticket.closed");
        OutboxEvent closed = eventsOf(ticket).get(7);
        assertThat(closed.resourceType).isEqualTo("ticket");
        assertThat(closed.data).containsEntry("id", ticket).containsEntry("status", "CLOSED");
        assertThat(closed.tierId).isEqualTo("productivity");
    }

    @Test
    void slaWarningsAndBreachesFoundByTheScanAreEvents() {
        Instant start = Instant.parse("2033-05-17T10:00:00Z");
        clock.set(start);
        String solutionId = solution("critical");
        String incident = "INC" + UUID.randomUUID();
        String ticket = jsonAs(uniqueSubject("connector"), "integration")
                .body(Map.of(
                        "solution_id",
                        solutionId,
                        "category",
                        "BUG",
                        "title",
                        "Down",
                        "priority",
                        "P1",
                        "external_refs",
                        List.of(Map.of("system", "servicenow", "external_id", incident))))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        for (Duration later : List.of(Duration.ofMinutes(14), Duration.ofMinutes(20))) {
            clock.set(start.plus(later));
            while (scanner.scanBatch() > 0) {
                // until every due clock is checked
            }
        }
        List<OutboxEvent> sla = eventsOf(ticket).stream()
                .filter(event -> event.type.startsWith("sla."))
                .toList();
        assertThat(sla).extracting(event -> event.type).contains("sla.warning", "sla.breached");
        OutboxEvent breached = sla.stream()
                .filter(event -> event.type.equals("sla.breached"))
                .findFirst()
                .orElseThrow();
        assertThat(breached.data)
                .containsEntry("ticket_id", ticket)
                .containsEntry("metric", "FIRST_RESPONSE")
                .containsEntry("tier_id", "critical");
        assertThat(sla)
                .as("every SLA event names the connector's record")
                .allSatisfy(event -> assertThat(event.data.get("external_refs").toString())
                        .contains("servicenow")
                        .contains(incident));
        assertThat(breached.tierId).isEqualTo("critical");
    }

    @Test
    void solutionsReportRegistrationAndTierChanges() {
        String solutionId = solution("important");
        String etag = jsonAs(uniqueSubject("platform"), "platform")
                .when()
                .get(Fixtures.SOLUTIONS + "/" + solutionId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        jsonAs(uniqueSubject("platform"), "platform")
                .header("If-Match", etag)
                .body(Map.of("description", "text"))
                .when()
                .patch(Fixtures.SOLUTIONS + "/" + solutionId)
                .then()
                .statusCode(200);
        jsonAs(uniqueSubject("platform"), "platform")
                .body(Map.of("tier_id", "critical"))
                .when()
                .patch(Fixtures.SOLUTIONS + "/" + solutionId)
                .then()
                .statusCode(200);
        assertThat(typesOf(solutionId)).containsExactly("solution.registered", "solution.tier_changed");
        assertThat(eventsOf(solutionId).get(1).tierId).isEqualTo("critical");
    }

    @Test
    void environmentRequestsAndGraduationsReportTheirSteps() {
        Map<String, Object> body = new HashMap<>();
        body.put("display_name", Fixtures.uniqueName("env"));
        body.put("type", "SANDBOX");
        body.put("region", "europe");
        body.put("purpose", "Events");
        body.put("requested_admins", List.of("alice"));
        body.put("dataverse", true);
        String request = jsonAs(uniqueSubject("maker"), "maker")
                .body(body)
                .when()
                .post("/api/v1/environment-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        jsonAs(uniqueSubject("admin"), "admin")
                .when()
                .post("/api/v1/environment-requests/" + request + "/approve")
                .then()
                .statusCode(200);
        assertThat(typesOf(request)).containsExactly("environment_request.created", "environment_request.approved");

        String solutionId = solution("important");
        String graduation = jsonAs(uniqueSubject("platform"), "platform")
                .body(Map.of("solution_id", solutionId, "to_tier_id", "productivity", "justification", "Small"))
                .when()
                .post("/api/v1/graduation-requests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        jsonAs(uniqueSubject("admin"), "admin")
                .body(Map.of("reason", "Fine"))
                .when()
                .post("/api/v1/graduation-requests/" + graduation + "/approve")
                .then()
                .statusCode(200);
        assertThat(typesOf(graduation)).containsExactly("graduation.requested", "graduation.approved");
        assertThat(typesOf(solutionId)).containsExactly("solution.registered", "solution.tier_changed");
    }
}
