package io.tierdesk.routing;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.ticketAbout;
import static io.tierdesk.support.SlaFixtures.IMPORTANT_BUSINESS_HOURS;
import static io.tierdesk.support.SlaFixtures.SLA_POLICIES;
import static io.tierdesk.support.SlaFixtures.TWENTY_FOUR_SEVEN;
import static io.tierdesk.support.SlaFixtures.nextRank;
import static io.tierdesk.support.SlaFixtures.target;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.client.model.TicketPriority;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A category with an SLA policy of its own runs on it in every tier, ahead of the tier's policy. */
@QuarkusTest
class FastLaneSlaTest {

    private final List<String> enabled = new ArrayList<>();

    @Inject
    TestClock clock;

    @BeforeEach
    void teams() {
        Fixtures.createTeam("HELP_DESK");
    }

    /** Fast lanes outrank tier policies for every ticket of their category, so none outlives its test. */
    @AfterEach
    void disable() {
        clock.reset();
        for (String id : enabled) {
            jsonAs(uniqueSubject("admin"), "admin")
                    .body(Map.of("enabled", false))
                    .when()
                    .patch(SLA_POLICIES + "/" + id)
                    .then()
                    .statusCode(200);
        }
    }

    private static Map<String, Object> fastLane(String category, int rank) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Fixtures.uniqueName("Fast lane"));
        body.put("tier_ids", List.of("productivity", "important", "critical"));
        body.put("categories", List.of(category));
        body.put("priorities", List.of("P1", "P2", "P3", "P4"));
        body.put("calendar_id", TWENTY_FOUR_SEVEN);
        body.put(
                "targets",
                List.of(target("P1", 15, 60), target("P2", 30, 120), target("P3", 30, 240), target("P4", 60, 480)));
        body.put("rank", rank);
        return body;
    }

    private String create(Map<String, Object> body) {
        String id = jsonAs(uniqueSubject("admin"), "admin")
                .body(body)
                .when()
                .post(SLA_POLICIES)
                .then()
                .statusCode(201)
                .body("categories", equalTo(body.get("categories")))
                .extract()
                .path("id");
        enabled.add(id);
        return id;
    }

    private static String policyOf(String ticketId) {
        return as(uniqueSubject("admin"), "admin")
                .when()
                .get(ticketPath(ticketId, "sla"))
                .then()
                .statusCode(200)
                .extract()
                .path("policy_id");
    }

    @Test
    void connectorRequestsRunOnTheirOwnPolicyWhateverTheTier() {
        String lane = create(fastLane("CONNECTOR_REQUEST", nextRank()));
        String solution = registerSolution("important", uniqueSubject("maker"), null);

        assertThat(policyOf(raiseTicket(ticketAbout("CONNECTOR_REQUEST", null))))
                .isEqualTo(lane);
        assertThat(policyOf(raiseTicket(ticketAbout("CONNECTOR_REQUEST", solution))))
                .isEqualTo(lane);
        assertThat(policyOf(raiseTicket(ticketAbout("HOW_TO", null)))).isNull();
        assertThat(policyOf(raiseTicket(ticketAbout("BUG", solution)))).isEqualTo(IMPORTANT_BUSINESS_HOURS);
    }

    @Test
    void correctingTheCategoryToAFastLaneRunsTheTicketOnItFromItsCreation() {
        String lane = create(fastLane("CONNECTOR_REQUEST", nextRank()));
        Instant raised = Instant.parse("2032-03-05T17:00:00Z");
        clock.set(raised);
        String ticket = raiseTicket(ticketAbout("HOW_TO", null).priority(TicketPriority.P3));
        assertThat(policyOf(ticket)).isNull();

        clock.set(raised.plus(Duration.ofMinutes(10)));
        String agent = uniqueSubject("agent");
        String etag = as(agent, "helpdesk")
                .when()
                .get(ticketPath(ticket))
                .then()
                .extract()
                .header("ETag");
        jsonAs(agent, "helpdesk")
                .header("If-Match", etag)
                .body(Map.of("category", "CONNECTOR_REQUEST"))
                .when()
                .patch(ticketPath(ticket))
                .then()
                .statusCode(200)
                .body("category", equalTo("CONNECTOR_REQUEST"))
                .body("due_at", equalTo("2032-03-05T17:30:00Z"));

        assertThat(policyOf(ticket)).isEqualTo(lane);
        List<String> kinds = as(agent, "helpdesk")
                .when()
                .get(ticketPath(ticket, "history"))
                .then()
                .statusCode(200)
                .extract()
                .path("items.kind");
        assertThat(kinds).contains("CATEGORY_CHANGED", "SLA_POLICY_CHANGED");
    }

    @Test
    void fastLanesOfTheSameRankCollideOnlyWhenTheyShareACategory() {
        int rank = nextRank();
        create(fastLane("CONNECTOR_REQUEST", rank));
        create(fastLane("ENVIRONMENT_REQUEST", rank));
        Map<String, Object> tierOnly = fastLane("CONNECTOR_REQUEST", rank);
        tierOnly.remove("categories");
        String plain = jsonAs(uniqueSubject("admin"), "admin")
                .body(tierOnly)
                .when()
                .post(SLA_POLICIES)
                .then()
                .statusCode(201)
                .body("categories", equalTo(List.of()))
                .extract()
                .path("id");
        enabled.add(plain);
        jsonAs(uniqueSubject("admin"), "admin")
                .body(fastLane("CONNECTOR_REQUEST", rank))
                .when()
                .post(SLA_POLICIES)
                .then()
                .statusCode(409)
                .contentType(Fixtures.PROBLEM_JSON);
    }
}
