package io.tierdesk.report;

import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.ticketAbout;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.TestClock;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Capacity reports on tickets raised in an hour of 2006 chosen at random for each test, by a team of its own, so
 * the expected numbers are exact.
 */
@QuarkusTest
class CapacityReportTest {

    @Inject
    TestClock clock;

    private Instant start;

    @BeforeEach
    void pinAnHourOfItsOwn() {
        start = Instant.parse("2006-01-02T00:00:00Z")
                .plus(ThreadLocalRandom.current().nextInt(0, 360 * 24), ChronoUnit.HOURS);
        clock.set(start.plusSeconds(60));
        Fixtures.createTeam("HELP_DESK");
        Fixtures.createTeam("PLATFORM");
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private JsonPath report(String name, Map<String, Object> params) {
        return as(uniqueSubject("auditor"), "auditor")
                .queryParam("since", start.toString())
                .queryParam("until", start.plus(1, ChronoUnit.HOURS).toString())
                .queryParams(params)
                .when()
                .get("/api/v1/reports/" + name)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static void assign(String ticket, String assignee) {
        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("assignee", assignee))
                .when()
                .patch(ticketPath(ticket))
                .then()
                .statusCode(200);
    }

    private static void resolve(String ticket) {
        for (String status : List.of("TRIAGED", "IN_PROGRESS", "RESOLVED")) {
            jsonAs(uniqueSubject("agent"), "helpdesk")
                    .body(Map.of("to_status", status))
                    .when()
                    .post(ticketPath(ticket, "transitions"))
                    .then()
                    .statusCode(200);
        }
    }

    /** Team T: S1 has three bugs (two for alice, one resolved; one for bob) and a change request; S2 one bug. */
    private record Seeded(String team, String s1, String s2, String alice, String bob) {}

    private Seeded seed() {
        String team = Fixtures.createTeam("BUSINESS_UNIT");
        String s1 = registerSolution("important", uniqueSubject("maker"), team);
        String s2 = registerSolution("important", uniqueSubject("maker"), team);
        String alice = uniqueSubject("alice");
        String bob = uniqueSubject("bob");
        String first = raiseTicket(ticketAbout("BUG", s1));
        String second = raiseTicket(ticketAbout("BUG", s1));
        String third = raiseTicket(ticketAbout("BUG", s1));
        raiseTicket(ticketAbout("CHANGE_REQUEST", s1));
        raiseTicket(ticketAbout("BUG", s2));
        assign(first, alice);
        assign(second, alice);
        assign(third, bob);
        resolve(first);
        return new Seeded(team, s1, s2, alice, bob);
    }

    @Test
    void workloadPerTeamAndMember() {
        Seeded seeded = seed();
        List<Map<String, Object>> rows =
                report("workload", Map.of("team_id", seeded.team())).getList("rows");
        assertThat(rows).hasSize(3);
        Map<String, Object> team = rows.get(0);
        assertThat(team.get("team_id")).isEqualTo(seeded.team());
        assertThat(team.get("assignee")).isNull();
        assertThat(team)
                .containsEntry("tickets", 5)
                .containsEntry("open", 4)
                .containsEntry("sla_met", 1)
                .containsEntry("sla_breached", 0);
        assertThat(((Number) team.get("tickets_per_week")).doubleValue()).isEqualTo(5 * 168.0);
        assertThat(((Number) team.get("attainment_percent")).doubleValue()).isEqualTo(100.0);
        Map<String, Map<String, Object>> members = Map.of(
                (String) rows.get(1).get("assignee"),
                rows.get(1),
                (String) rows.get(2).get("assignee"),
                rows.get(2));
        assertThat(members.get(seeded.alice()))
                .containsEntry("tickets", 2)
                .containsEntry("open", 1)
                .containsEntry("sla_met", 1);
        assertThat(members.get(seeded.bob()))
                .containsEntry("tickets", 1)
                .containsEntry("open", 1)
                .containsEntry("sla_met", 0);
        assertThat(members.get(seeded.bob()).get("attainment_percent")).isNull();
    }

    @Test
    void topCategoriesAndSolutionsByVolume() {
        Seeded seeded = seed();
        assertThat(report("top-volume", Map.of("team_id", seeded.team(), "by", "category"))
                        .getList("rows"))
                .containsExactly(Map.of("key", "BUG", "tickets", 4), Map.of("key", "CHANGE_REQUEST", "tickets", 1));
        assertThat(report("top-volume", Map.of("team_id", seeded.team(), "by", "solution", "top", 1))
                        .getList("rows"))
                .containsExactly(Map.of("key", seeded.s1(), "tickets", 4));
    }

    @Test
    void repeatIssuesAreSolutionAndCategoryPairsThatRecur() {
        Seeded seeded = seed();
        JsonPath report = report("repeat-issues", Map.of("team_id", seeded.team()));
        assertThat(report.getInt("min_tickets")).isEqualTo(3);
        assertThat(report.getList("rows.solution_id")).containsExactly(seeded.s1());
        assertThat(report.getList("rows.category")).containsExactly("BUG");
        assertThat(report.getList("rows.tickets")).containsExactly(3);
        assertThat(report("repeat-issues", Map.of("team_id", seeded.team(), "min_tickets", 4))
                        .getList("rows"))
                .isEmpty();
    }

    @Test
    void automationCandidatesCountRequestsHandledByHandPerWeek() {
        String resolved = raiseTicket(ticketAbout("ENVIRONMENT_REQUEST", null));
        raiseTicket(ticketAbout("ENVIRONMENT_REQUEST", null));
        raiseTicket(ticketAbout("CONNECTOR_REQUEST", null));
        raiseTicket(ticketAbout("HOW_TO", null));
        resolve(resolved);
        String monday = start.atOffset(ZoneOffset.UTC)
                .truncatedTo(ChronoUnit.DAYS)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                .toInstant()
                .toString();
        JsonPath report = report("automation-candidates", Map.of());
        assertThat(report.getList("rows.week_start")).containsOnly(monday);
        assertThat(report.getList("rows.category")).containsExactly("CONNECTOR_REQUEST", "ENVIRONMENT_REQUEST");
        assertThat(report.getList("rows.tickets")).containsExactly(1, 2);
        assertThat(report.getList("rows.open")).containsExactly(1, 1);
    }

    @Test
    void accessToEveryReport() {
        for (String name :
                List.of("workload", "top-volume", "repeat-issues", "automation-candidates", "knowledge-candidates")) {
            String path = "/api/v1/reports/" + name;
            RestAssured.given()
                    .queryParam("since", start.toString())
                    .queryParam("until", start.plus(1, ChronoUnit.HOURS).toString())
                    .when()
                    .get(path)
                    .then()
                    .statusCode(401)
                    .contentType(PROBLEM_JSON);
            for (String role : List.of("maker", "partner", "automation", "integration")) {
                as(uniqueSubject(role), role)
                        .queryParam("since", start.toString())
                        .queryParam("until", start.plus(1, ChronoUnit.HOURS).toString())
                        .when()
                        .get(path)
                        .then()
                        .statusCode(403)
                        .contentType(PROBLEM_JSON);
            }
            for (String role : List.of("helpdesk", "platform", "admin", "auditor")) {
                as(uniqueSubject(role), role)
                        .queryParam("since", start.toString())
                        .queryParam("until", start.plus(1, ChronoUnit.HOURS).toString())
                        .when()
                        .get(path)
                        .then()
                        .statusCode(200);
            }
        }
    }
}
