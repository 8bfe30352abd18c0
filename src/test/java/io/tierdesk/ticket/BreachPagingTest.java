package io.tierdesk.ticket;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.ticketAbout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tierdesk.client.model.TicketPriority;
import io.tierdesk.event.Outbox;
import io.tierdesk.event.OutboxEvent;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.SlaFixtures;
import io.tierdesk.support.TestClock;
import io.tierdesk.support.Tokens;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A breach that escalates a Critical solution's ticket pages whoever is on call for the team now holding it. */
@QuarkusTest
class BreachPagingTest {

    private static final String ADMIN = "paging-admin";
    private static final String AGENT = "paging-agent";

    @Inject
    TestClock clock;

    @Inject
    SlaScanner scanner;

    @Inject
    Outbox outbox;

    private String escalatingPolicy;

    @BeforeEach
    void escalateOnBreach() {
        escalatingPolicy = jsonAs(ADMIN, "admin")
                .body(Map.of(
                        "name",
                        Fixtures.uniqueName("paging"),
                        "tier_ids",
                        List.of("critical", "important"),
                        "priorities",
                        List.of("P1"),
                        "calendar_id",
                        "00000000-0000-0000-0000-000000000247",
                        "targets",
                        List.of(Map.of("priority", "P1", "first_response_minutes", 10, "resolution_minutes", 60)),
                        "escalate_on_breach",
                        true,
                        "rank",
                        20_000,
                        "enabled",
                        true))
                .when()
                .post("/api/v1/sla-policies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @AfterEach
    void restore() {
        SlaFixtures.disablePolicy(escalatingPolicy);
        clock.reset();
    }

    @Test
    void aBreachOnACriticalTicketPagesWhoeverIsOnCallForTheTeamItEscalatesTo() {
        Instant start = Instant.parse("2033-05-02T10:00:00Z");
        clock.set(start);
        String team = Fixtures.createTeam("BUSINESS_UNIT");
        String lead = Tokens.uniqueSubject("lead");
        String onCall = Tokens.uniqueSubject("oncall");
        Fixtures.addMember(team, lead, "LEAD");
        Fixtures.addMember(team, onCall, "MEMBER");
        jsonAs(lead, "maker")
                .body(Map.of(
                        "team_id",
                        team,
                        "name",
                        Fixtures.uniqueName("rotation"),
                        "time_zone",
                        "UTC",
                        "members",
                        List.of(onCall),
                        "shift_length",
                        Map.of("amount", 1, "unit", "DAYS"),
                        "handoff_anchor",
                        "2032-01-01T00:00:00"))
                .when()
                .post("/api/v1/rotations")
                .then()
                .statusCode(201);
        String ticket = ticketAtMakerLevel("critical", team);

        clock.set(start.plus(Duration.ofMinutes(11)));
        scanner.scanBatch();

        as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + ticket)
                .then()
                .body("support_level", equalTo("TEAM"))
                .body("team_id", equalTo(team))
                .body("paged_subject", equalTo(onCall))
                .body("paged_at", equalTo("2033-05-02T10:11:00Z"));
        JsonPath history = as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + ticket + "/history")
                .then()
                .extract()
                .jsonPath();
        assertThat(history.getString("items.find { it.kind == 'PAGED' }.detail"))
                .isEqualTo(onCall);
        assertThat(history.getString("items.find { it.kind == 'PAGED' }.actor")).isEqualTo("system");
        List<OutboxEvent> pages = outbox.list("resourceId = ?1 and type = 'oncall.paged'", UUID.fromString(ticket));
        assertThat(pages).singleElement().satisfies(event -> {
            assertThat(event.data)
                    .containsEntry("subject", onCall)
                    .containsEntry("team_id", team)
                    .containsEntry("support_level", "TEAM")
                    .containsEntry("paged_at", "2033-05-02T10:11:00Z");
            assertThat(event.teamId).hasToString(team);
        });
    }

    @Test
    void anEscalationPolicyDecidesWhomToPageBeforeTheTeamsRotations() {
        Instant start = Instant.parse("2033-05-03T10:00:00Z");
        clock.set(start);
        String team = Fixtures.createTeam("BUSINESS_UNIT");
        String lead = Tokens.uniqueSubject("lead");
        Fixtures.addMember(team, lead, "LEAD");
        jsonAs(lead, "maker")
                .body(Map.of(
                        "team_id",
                        team,
                        "name",
                        Fixtures.uniqueName("policy"),
                        "levels",
                        List.of(Map.of("delay_minutes", 0, "subject", lead))))
                .when()
                .post("/api/v1/escalation-policies")
                .then()
                .statusCode(201);
        String ticket = ticketAtMakerLevel("critical", team);

        clock.set(start.plus(Duration.ofMinutes(11)));
        scanner.scanBatch();

        as(AGENT, "helpdesk").when().get(TICKETS + "/" + ticket).then().body("paged_subject", equalTo(lead));
    }

    @Test
    void withNobodyOnCallTheHistorySaysNobodyWasPaged() {
        Instant start = Instant.parse("2033-05-04T10:00:00Z");
        clock.set(start);
        String team = Fixtures.createTeam("BUSINESS_UNIT");
        String ticket = ticketAtMakerLevel("critical", team);

        clock.set(start.plus(Duration.ofMinutes(11)));
        scanner.scanBatch();

        as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + ticket)
                .then()
                .body("support_level", equalTo("TEAM"))
                .body("paged_subject", nullValue());
        as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + ticket + "/history")
                .then()
                .body("items.find { it.kind == 'PAGED' }.reason", endsWith(": nobody was on call to notify."))
                .body("items.find { it.kind == 'PAGED' }.detail", nullValue());
        assertThat(outbox.count("resourceId = ?1 and type = 'oncall.paged'", UUID.fromString(ticket)))
                .isZero();
    }

    @Test
    void aBreachOnAnImportantTicketEscalatesWithoutPaging() {
        Instant start = Instant.parse("2033-05-05T10:00:00Z");
        clock.set(start);
        String team = Fixtures.createTeam("BUSINESS_UNIT");
        String ticket = ticketAtMakerLevel("important", team);

        clock.set(start.plus(Duration.ofMinutes(11)));
        scanner.scanBatch();

        as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + ticket)
                .then()
                .body("support_level", equalTo("TEAM"))
                .body("paged_subject", nullValue());
        as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + ticket + "/history")
                .then()
                .body("items.findAll { it.kind == 'PAGED' }", empty());
    }

    /** A P1 ticket on a solution of the tier owned by the team, moved to its maker by the help desk. */
    private String ticketAtMakerLevel(String tier, String owningTeam) {
        String solutionId = registerSolution(tier, Tokens.uniqueSubject("maker"), owningTeam);
        String ticket = raiseTicket(ticketAbout("BUG", solutionId).title("Down").priority(TicketPriority.P1));
        jsonAs(AGENT, "helpdesk")
                .body(Map.of("to_level", "MAKER", "reason", "The maker knows this flow."))
                .when()
                .post(TICKETS + "/" + ticket + "/reroute")
                .then()
                .statusCode(200);
        return ticket;
    }
}
