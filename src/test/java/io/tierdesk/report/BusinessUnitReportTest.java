package io.tierdesk.report;

import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.ticketAbout;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.TestClock;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Workload per business unit, for a unit and a day of 2007 of each test's own. */
@QuarkusTest
class BusinessUnitReportTest {

    private static final String REPORT = "/api/v1/reports/business-units";

    @Inject
    TestClock clock;

    private Instant day;

    @BeforeEach
    void pinADayOfItsOwn() {
        day = Instant.parse("2007-01-01T00:00:00Z")
                .plus(ThreadLocalRandom.current().nextInt(0, 360), ChronoUnit.DAYS);
        clock.set(day.plus(9, ChronoUnit.HOURS));
        Fixtures.createTeam("PLATFORM");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String solution(String unit, String tier, String team) {
        Map<String, Object> body = Fixtures.solution("bu");
        body.put("business_unit", unit);
        body.put("tier_id", tier);
        body.put("maker", uniqueSubject("bu-maker"));
        if (team != null) {
            body.put("owning_team_id", team);
        }
        return Fixtures.register(uniqueSubject("bu-platform"), "platform", body);
    }

    @Test
    void eachUnitShowsItsSolutionsByTierAndTheWorkTheyCaused() {
        String unit = Fixtures.uniqueName("Claims");
        String team = Fixtures.createTeam("BUSINESS_UNIT");
        String critical = solution(unit, "critical", team);
        String important = solution(unit, "important", team);
        String small = solution(unit, "productivity", null);
        String first = raiseTicket(ticketAbout("BUG", important));
        raiseTicket(ticketAbout("HOW_TO", critical));
        raiseTicket(ticketAbout("BUG", small));
        jsonAs(uniqueSubject("bu-agent"), "helpdesk")
                .body(Map.of("to_level", "PLATFORM", "reason", "Needs the platform team."))
                .when()
                .post(ticketPath(first, "escalations"))
                .then()
                .statusCode(200);
        for (String status : List.of("TRIAGED", "IN_PROGRESS", "RESOLVED")) {
            jsonAs(uniqueSubject("bu-agent"), "helpdesk")
                    .body(Map.of("to_status", status))
                    .when()
                    .post(ticketPath(first, "transitions"))
                    .then()
                    .statusCode(200);
        }

        List<Map<String, Object>> rows = as(uniqueSubject("bu-auditor"), "auditor")
                .queryParam("since", day.toString())
                .queryParam("until", day.plus(1, ChronoUnit.DAYS).toString())
                .when()
                .get(REPORT)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("rows");
        Map<String, Object> row = rows.stream()
                .filter(r -> unit.equals(r.get("business_unit")))
                .findFirst()
                .orElseThrow();
        assertThat(row)
                .containsEntry("solutions", 3)
                .containsEntry("productivity_solutions", 1)
                .containsEntry("important_solutions", 1)
                .containsEntry("critical_solutions", 1)
                .containsEntry("solutions_without_team", 1)
                .containsEntry("tickets", 3)
                .containsEntry("open_tickets", 2)
                .containsEntry("escalations", 1);
        assertThat(((Number) row.get("tickets_per_week")).doubleValue()).isEqualTo(21.0);
    }

    @Test
    void theReportIsForSupportStaffAndAuditorsAndNeedsAPeriod() {
        RestAssured.given().when().get(REPORT).then().statusCode(401);
        for (String role : List.of("maker", "partner", "automation", "integration")) {
            as(uniqueSubject("bu"), role)
                    .queryParam("since", day.toString())
                    .queryParam("until", day.plus(1, ChronoUnit.DAYS).toString())
                    .when()
                    .get(REPORT)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM_JSON);
        }
        as(uniqueSubject("bu"), "platform")
                .queryParam("since", day.toString())
                .when()
                .get(REPORT)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
    }
}
