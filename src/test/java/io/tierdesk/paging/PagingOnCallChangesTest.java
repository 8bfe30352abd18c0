package io.tierdesk.paging;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.PAGES;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.PagingFixtures;
import io.tierdesk.support.TestClock;
import io.tierdesk.support.Tokens;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Who is on call is looked up at each notification: an override made while a page is open counts for the next. */
@QuarkusTest
class PagingOnCallChangesTest {

    @Inject
    TestClock clock;

    @Inject
    PageEscalationJob timer;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anOverrideMadeWhileAPageIsOpenDecidesWhoIsNotifiedNext() {
        clock.set(Instant.parse("2034-04-01T09:00:00Z"));
        Fixtures.Crew crew = Fixtures.crew("BUSINESS_UNIT");
        String rotation = jsonAs(crew.lead(), "maker")
                .body(Map.of(
                        "team_id",
                        crew.teamId(),
                        "name",
                        Fixtures.uniqueName("rotation"),
                        "time_zone",
                        "UTC",
                        "members",
                        List.of(crew.first()),
                        "shift_length",
                        Map.of("amount", 1, "unit", "DAYS"),
                        "handoff_anchor",
                        "2034-01-01T00:00:00"))
                .when()
                .post("/api/v1/rotations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        PagingFixtures.choosePolicy(
                crew, PagingFixtures.policy(crew, 1, List.of(Map.of("delay_minutes", 10, "rotation_id", rotation))));
        String page =
                PagingFixtures.raise(PagingFixtures.heldBy(crew).ticket(), Tokens.uniqueSubject("agent"), "helpdesk");

        clock.set(Instant.parse("2034-04-01T09:05:00Z"));
        jsonAs(crew.lead(), "maker")
                .body(Map.of("start", "2034-04-01T09:05:00Z", "end", "2034-04-01T12:00:00Z", "member", crew.second()))
                .when()
                .post("/api/v1/rotations/" + rotation + "/overrides")
                .then()
                .statusCode(201);
        clock.set(Instant.parse("2034-04-01T09:10:00Z"));
        timer.escalateDue();

        List<String> notified = as(crew.lead(), "maker")
                .when()
                .get(PAGES + "/" + page)
                .then()
                .statusCode(200)
                .extract()
                .path("timeline.subject");
        assertThat(notified).containsExactly(crew.first(), crew.second());
    }
}
