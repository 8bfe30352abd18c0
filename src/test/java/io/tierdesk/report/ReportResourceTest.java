package io.tierdesk.report;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.ticket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Tokens;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReportResourceTest {

    private final String since = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1).toString();
    private final String until = OffsetDateTime.now(ZoneOffset.UTC).plusDays(1).toString();

    @Test
    void escalationRatesCountTicketsReachingALevelAndThoseEscalatedFromIt() {
        Fixtures.createTeam("HELP_DESK");
        Fixtures.createTeam("PLATFORM");
        Map<String, Long> before = helpDeskToPlatform();
        String user = Tokens.uniqueSubject("report-user");
        for (int i = 0; i < 3; i++) {
            String id = raiseTicket(user, ticket("HOW_TO").title("How " + i));
            if (i == 0) {
                jsonAs("report-agent", "helpdesk")
                        .body(Map.of("to_level", "PLATFORM", "reason", "Too hard"))
                        .when()
                        .post(ticketPath(id, "escalations"))
                        .then()
                        .statusCode(200);
            }
        }
        Map<String, Long> after = helpDeskToPlatform();
        assertThat(after.get("tickets_at_level") - before.get("tickets_at_level"))
                .isEqualTo(3);
        assertThat(after.get("escalated") - before.get("escalated")).isEqualTo(1);
    }

    @Test
    void volumeCountsCreatedTicketsByLevelAndCategory() {
        long before = createdConnectorRequests();
        raiseTicket(
                Tokens.uniqueSubject("report-user"), ticket("CONNECTOR_REQUEST").title("Need the SAP connector"));
        assertThat(createdConnectorRequests()).isEqualTo(before + 1);
    }

    @Test
    void reportsAreForSupportManagersAndAuditors() {
        as("report-maker", "maker")
                .queryParam("since", since)
                .queryParam("until", until)
                .when()
                .get("/api/v1/reports/escalations")
                .then()
                .statusCode(403)
                .contentType(Fixtures.PROBLEM_JSON);
        io.restassured.RestAssured.given()
                .queryParam("since", since)
                .queryParam("until", until)
                .when()
                .get("/api/v1/reports/ticket-volume")
                .then()
                .statusCode(401)
                .contentType(Fixtures.PROBLEM_JSON);
        as("report-auditor", "auditor")
                .queryParam("since", since)
                .queryParam("until", until)
                .when()
                .get("/api/v1/reports/escalations")
                .then()
                .statusCode(200)
                .body("rows.size()", equalTo(6));
    }

    @Test
    void periodsMustBeOrderedAndBounded() {
        as("report-admin", "admin")
                .queryParam("since", until)
                .queryParam("until", since)
                .when()
                .get("/api/v1/reports/escalations")
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors[0].field", equalTo("until"));
        as("report-admin", "admin")
                .queryParam("since", "2020-01-01T00:00:00Z")
                .queryParam("until", until)
                .when()
                .get("/api/v1/reports/ticket-volume")
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON);
        as("report-admin", "admin")
                .queryParam("since", since)
                .queryParam("until", until)
                .queryParam("bucket", "year")
                .when()
                .get("/api/v1/reports/ticket-volume")
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON);
        as("report-admin", "admin")
                .queryParam("until", until)
                .when()
                .get("/api/v1/reports/ticket-volume")
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON);
    }

    private Map<String, Long> helpDeskToPlatform() {
        JsonPath report = as("report-admin", "admin")
                .queryParam("since", since)
                .queryParam("until", until)
                .when()
                .get("/api/v1/reports/escalations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> rows = report.getList("rows");
        Map<String, Object> row = rows.stream()
                .filter(r -> "HELP_DESK".equals(r.get("from_level")) && "PLATFORM".equals(r.get("to_level")))
                .findFirst()
                .orElseThrow();
        return Map.of(
                "tickets_at_level",
                ((Number) row.get("tickets_at_level")).longValue(),
                "escalated",
                ((Number) row.get("escalated")).longValue());
    }

    private long createdConnectorRequests() {
        List<Map<String, Object>> rows = as("report-admin", "admin")
                .queryParam("since", since)
                .queryParam("until", until)
                .queryParam("bucket", "month")
                .when()
                .get("/api/v1/reports/ticket-volume")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("rows");
        return rows.stream()
                .filter(r -> "CONNECTOR_REQUEST".equals(r.get("category")))
                .mapToLong(r -> ((Number) r.get("created")).longValue())
                .sum();
    }
}
