package io.tierdesk.paging;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Scenario.ensureDefaultTeams;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.ticketAbout;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.client.model.TicketPriority;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.PagingFixtures;
import io.tierdesk.support.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A tier says which of its tickets page: Critical pages on a breach by default, and an administrator can make it
 * page for tickets raised at P1 (or any priority) too; the setting applies from then on.
 */
@QuarkusTest
class TierPagingTest {

    private static final String CRITICAL = "/api/v1/tiers/critical";

    @Test
    void tiersShowWhatPagesByDefault() {
        as(Tokens.uniqueSubject("reader"), "maker")
                .when()
                .get(CRITICAL)
                .then()
                .statusCode(200)
                .body("paging.on_breach", equalTo(true))
                .body("paging.on_raise_priority", equalTo("NONE"));
        as(Tokens.uniqueSubject("reader"), "maker")
                .when()
                .get("/api/v1/tiers/important")
                .then()
                .statusCode(200)
                .body("paging.on_breach", equalTo(false));
    }

    @Test
    void aCriticalTierThatPagesForP1PagesTheTeamHoldingAP1TicketAtOnce() {
        ensureDefaultTeams();
        String admin = Tokens.uniqueSubject("admin");
        Fixtures.Crew crew = Fixtures.crew("BUSINESS_UNIT");
        PagingFixtures.choosePolicy(
                crew, PagingFixtures.policy(crew, 0, List.of(PagingFixtures.person(crew.first(), 15))));
        String solution = registerSolution("critical", Tokens.uniqueSubject("maker"), crew.teamId());
        setRaisePriority(admin, "P1");
        try {
            String urgent =
                    raiseTicket(ticketAbout("BUG", solution).title("Down").priority(TicketPriority.P1));
            String lesser =
                    raiseTicket(ticketAbout("BUG", solution).title("Slow").priority(TicketPriority.P2));

            String team = as(admin, "admin")
                    .when()
                    .get(TICKETS + "/" + urgent)
                    .then()
                    .extract()
                    .path("team_id");
            assertThat(team).as("a team holds the ticket from its raise").isNotNull();
            as(admin, "admin")
                    .when()
                    .get(TICKETS + "/" + urgent + "/pages")
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(1))
                    .body("items[0].trigger", equalTo("URGENT_RAISE"))
                    .body("items[0].status", equalTo("TRIGGERED"))
                    .body("items[0].team_id", equalTo(team));
            assertThat(pagesOf(admin, lesser)).isEmpty();
        } finally {
            setRaisePriority(admin, "NONE");
        }
        String afterwards =
                raiseTicket(ticketAbout("BUG", solution).title("Down again").priority(TicketPriority.P1));
        assertThat(pagesOf(admin, afterwards))
                .as("the setting applies from then on")
                .isEmpty();
    }

    private static void setRaisePriority(String admin, String priority) {
        jsonAs(admin, "admin")
                .body(Map.of("paging", Map.of("on_breach", true, "on_raise_priority", priority)))
                .when()
                .patch(CRITICAL)
                .then()
                .statusCode(200)
                .body("paging.on_raise_priority", equalTo(priority));
    }

    private static List<Object> pagesOf(String admin, String ticket) {
        return as(admin, "admin")
                .when()
                .get(TICKETS + "/" + ticket + "/pages")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }
}
