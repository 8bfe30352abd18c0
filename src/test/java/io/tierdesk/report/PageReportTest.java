package io.tierdesk.report;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.PagingFixtures.person;
import static io.tierdesk.support.Paths.PAGES;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tierdesk.paging.PageEscalationJob;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.PagingFixtures;
import io.tierdesk.support.TestClock;
import io.tierdesk.support.Tokens;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The paging report: response times per team and tier, unanswered pages, and the load on each person. */
@QuarkusTest
class PageReportTest {

    private static final Instant RAISED = Instant.parse("2035-05-01T08:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    PageEscalationJob timer;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void timesToAcknowledgeAndResolveUnansweredPagesAndNotificationsPerPerson() {
        clock.set(RAISED);
        Fixtures.Crew crew = Fixtures.crew("BUSINESS_UNIT");
        PagingFixtures.choosePolicy(
                crew, PagingFixtures.policy(crew, 0, List.of(person(crew.first(), 10), person(crew.second(), 10))));
        String agent = Tokens.uniqueSubject("agent");
        String acknowledgedAndResolved =
                PagingFixtures.raise(PagingFixtures.heldBy(crew).ticket(), agent, "helpdesk");
        String unanswered = PagingFixtures.raise(PagingFixtures.heldBy(crew).ticket(), agent, "helpdesk");
        String acknowledgedByTheLead =
                PagingFixtures.raise(PagingFixtures.heldBy(crew).ticket(), agent, "helpdesk");

        clock.set(RAISED.plus(Duration.ofMinutes(4)));
        as(crew.first(), "maker").when().post(PAGES + "/" + acknowledgedAndResolved + "/acknowledge");
        clock.set(RAISED.plus(Duration.ofMinutes(6)));
        as(crew.lead(), "maker").when().post(PAGES + "/" + acknowledgedByTheLead + "/acknowledge");
        clock.set(RAISED.plus(Duration.ofMinutes(10)));
        escalate();
        clock.set(RAISED.plus(Duration.ofMinutes(20)));
        escalate();
        clock.set(RAISED.plus(Duration.ofMinutes(60)));
        as(crew.lead(), "maker").when().post(PAGES + "/" + acknowledgedAndResolved + "/resolve");
        assertThat(as(crew.lead(), "maker")
                        .when()
                        .get(PAGES + "/" + unanswered)
                        .then()
                        .extract()
                        .<Boolean>path("unanswered"))
                .isTrue();

        JsonPath report = as(Tokens.uniqueSubject("auditor"), "auditor")
                .queryParam("since", "2035-05-01T00:00:00Z")
                .queryParam("until", "2035-05-02T00:00:00Z")
                .when()
                .get("/api/v1/reports/pages")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> team = report.getMap("by_team.find { it.key == '" + crew.teamId() + "' }");
        assertThat(team)
                .containsEntry("pages", 3)
                .containsEntry("acknowledged", 2)
                .containsEntry("resolved", 1)
                .containsEntry("unanswered", 1)
                .containsEntry("mean_seconds_to_acknowledge", 300)
                .containsEntry("max_seconds_to_acknowledge", 360)
                .containsEntry("mean_seconds_to_resolve", 3600)
                .containsEntry("max_seconds_to_resolve", 3600);
        assertThat(report.getMap("by_tier.find { it.key == 'critical' }")).containsEntry("pages", 3);
        assertThat(report.getMap("by_person.find { it.subject == '" + crew.first() + "' }"))
                .containsEntry("notifications", 3)
                .containsEntry("pages", 3)
                .containsEntry("acknowledged", 1);
        assertThat(report.getMap("by_person.find { it.subject == '" + crew.second() + "' }"))
                .containsEntry("notifications", 1)
                .containsEntry("pages", 1)
                .containsEntry("acknowledged", 0);
    }

    private void escalate() {
        timer.escalateDue();
    }
}
