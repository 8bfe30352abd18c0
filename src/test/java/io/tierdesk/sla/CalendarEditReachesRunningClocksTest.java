package io.tierdesk.sla;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.CALENDARS;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.ticketAbout;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tierdesk.client.model.TicketPriority;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.SlaFixtures;
import io.tierdesk.support.TestClock;
import io.tierdesk.support.Tokens;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A running clock counts in its calendar's current definition: a holiday added after the ticket was raised moves
 * what the clock reports, also after the calendar's earlier version was used (and remembered) for it.
 */
@QuarkusTest
class CalendarEditReachesRunningClocksTest {

    private static final String AGENT = Tokens.uniqueSubject("agent");

    @Inject
    TestClock clock;

    private String policy;

    @AfterEach
    void restore() {
        if (policy != null) {
            SlaFixtures.disablePolicy(policy);
        }
        clock.reset();
    }

    @Test
    void aHolidayAddedWhileAClockRunsMovesItsDueTimeAndElapsedTime() {
        // Monday 2035-03-05, 10:00 in Amsterdam (UTC+1): office hours Monday to Friday 09:00-17:00.
        clock.set(Instant.parse("2035-03-05T09:00:00Z"));
        String calendar = SlaFixtures.createCalendar(SlaFixtures.officeCalendar());
        Map<String, Object> body = new HashMap<>();
        body.put("name", Fixtures.uniqueName("office-hours"));
        body.put("tier_ids", List.of("important"));
        body.put("priorities", List.of("P3"));
        body.put("calendar_id", calendar);
        body.put("targets", List.of(SlaFixtures.target("P3", 60, 960)));
        body.put("rank", 30_000 + SlaFixtures.nextRank());
        body.put("enabled", true);
        policy = SlaFixtures.createPolicy(body);
        String ticket = raise();

        // Tuesday 12:00: 7 h on Monday and 3 h on Tuesday have run; 6 h remain, to Wednesday 10:00.
        clock.set(Instant.parse("2035-03-06T11:00:00Z"));
        JsonPath before = resolution(ticket);
        assertThat(before.getInt("elapsed_business_minutes")).isEqualTo(600);
        assertThat(before.getString("due_at")).isEqualTo("2035-03-07T09:00:00Z");

        addHoliday(calendar, "2035-03-06");

        JsonPath after = resolution(ticket);
        assertThat(after.getInt("elapsed_business_minutes")).isEqualTo(420);
        assertThat(after.getString("due_at")).isEqualTo("2035-03-08T09:00:00Z");
    }

    private String raise() {
        String team = Fixtures.createTeam("BUSINESS_UNIT");
        String solution = registerSolution("important", Tokens.uniqueSubject("maker"), team);
        return raiseTicket(ticketAbout("BUG", solution).priority(TicketPriority.P3));
    }

    private static JsonPath resolution(String ticket) {
        JsonPath sla = as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + ticket + "/sla")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        return new JsonPath(sla.prettify()).setRootPath("clocks.find { it.metric == 'RESOLUTION' }");
    }

    private static void addHoliday(String calendar, String date) {
        String admin = Tokens.uniqueSubject("admin");
        String etag = as(admin, "admin")
                .when()
                .get(CALENDARS + "/" + calendar)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        jsonAs(admin, "admin")
                .header("If-Match", etag)
                .body(Map.of("holidays", List.of(Map.of("date", date))))
                .when()
                .patch(CALENDARS + "/" + calendar)
                .then()
                .statusCode(200);
    }
}
