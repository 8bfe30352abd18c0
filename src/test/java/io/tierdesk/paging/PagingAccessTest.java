package io.tierdesk.paging;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.PagingFixtures.person;
import static io.tierdesk.support.Paths.PAGES;
import static io.tierdesk.support.Paths.TEAMS;
import static io.tierdesk.support.Paths.TICKETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.PagingFixtures;
import io.tierdesk.support.PagingFixtures.Held;
import io.tierdesk.support.TestClock;
import io.tierdesk.support.Tokens;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Who raises, reads and works pages: pages are raised by hand by the help desk, platform, admin and the team holding
 * the ticket; they are acknowledged, handed back and resolved by whoever was notified, the team's leads, platform
 * and admin; everyone else who sees the ticket is refused (403), and who does not see it finds nothing (404).
 */
@QuarkusTest
class PagingAccessTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A team holding a Critical ticket, following a policy that notifies its first member, then its second. */
    private Held held() {
        Fixtures.Crew crew = Fixtures.crew("BUSINESS_UNIT");
        String policy = PagingFixtures.policy(crew, 0, List.of(person(crew.first(), 15), person(crew.second(), 10)));
        PagingFixtures.choosePolicy(crew, policy);
        return PagingFixtures.heldBy(crew);
    }

    @Test
    void withoutATokenEveryPageOperationIsUnauthorized() {
        Held held = held();
        String page = PagingFixtures.raise(held.ticket(), Tokens.uniqueSubject("agent"), "helpdesk");
        given().when().get(PAGES + "/" + page).then().statusCode(401);
        given().when().get(PAGES).then().statusCode(401);
        given().when().get(TICKETS + "/" + held.ticket() + "/pages").then().statusCode(401);
        given().contentType("application/json")
                .body(Map.of("reason", "x"))
                .when()
                .post(TICKETS + "/" + held.ticket() + "/pages")
                .then()
                .statusCode(401);
        for (String action : List.of("/acknowledge", "/unacknowledge", "/resolve")) {
            given().when().post(PAGES + "/" + page + action).then().statusCode(401);
        }
    }

    @Test
    void theHelpDeskRaisesAPageWhoseFirstLevelIsNotifiedAtOnce() {
        clock.set(Instant.parse("2034-02-01T09:00:00Z"));
        Held held = held();
        String agent = Tokens.uniqueSubject("agent");
        String location = jsonAs(agent, "helpdesk")
                .body(Map.of("reason", "Payroll is down."))
                .when()
                .post(TICKETS + "/" + held.ticket() + "/pages")
                .then()
                .statusCode(201)
                .body("status", equalTo("TRIGGERED"))
                .body("policy_rule", equalTo("TEAM_POLICY"))
                .body("trigger", equalTo("MANUAL"))
                .body("raised_by", equalTo(agent))
                .body("level", equalTo(1))
                .body("cycle", equalTo(0))
                .body("team_id", equalTo(held.crew().teamId()))
                .body("next_notification_at", equalTo("2034-02-01T09:15:00Z"))
                .body("timeline[0].kind", equalTo("TRIGGERED"))
                .body("timeline[0].subject", equalTo(held.crew().first()))
                .extract()
                .header("Location");
        assertThat(location).contains("/api/v1/pages/");
        as(held.crew().first(), "maker")
                .when()
                .get(location.substring(location.indexOf("/api/v1")))
                .then()
                .statusCode(200)
                .body("timeline.kind", equalTo(List.of("TRIGGERED")));
        as(agent, "helpdesk")
                .when()
                .get(TICKETS + "/" + held.ticket() + "/history")
                .then()
                .body(
                        "items.find { it.kind == 'PAGED' }.detail",
                        equalTo(held.crew().first()))
                .body("items.find { it.kind == 'PAGED' }.actor", equalTo(agent));
    }

    @Test
    void aSecondPageWhileOneIsOpenIsAConflictButARetriedRaiseReplays() {
        Held held = held();
        String agent = Tokens.uniqueSubject("agent");
        String key = "page-" + UUID.randomUUID();
        String first = jsonAs(agent, "helpdesk")
                .header("Idempotency-Key", key)
                .body(Map.of("reason", "Down."))
                .when()
                .post(TICKETS + "/" + held.ticket() + "/pages")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        jsonAs(agent, "helpdesk")
                .header("Idempotency-Key", key)
                .body(Map.of("reason", "Down."))
                .when()
                .post(TICKETS + "/" + held.ticket() + "/pages")
                .then()
                .statusCode(201)
                .body("id", equalTo(first));
        jsonAs(agent, "helpdesk")
                .body(Map.of("reason", "Still down."))
                .when()
                .post(TICKETS + "/" + held.ticket() + "/pages")
                .then()
                .statusCode(409)
                .body("type", endsWith("page-open"));
    }

    @Test
    void theTeamHoldingTheTicketRaisesButTheRequesterWhoSeesItIsForbidden() {
        Held held = held();
        PagingFixtures.raise(held.ticket(), held.crew().second(), "maker");

        Held other = held();
        String requester = as(Tokens.uniqueSubject("agent"), "helpdesk")
                .when()
                .get(TICKETS + "/" + other.ticket())
                .then()
                .extract()
                .path("requester");
        jsonAs(requester, "maker")
                .body(Map.of("reason", "Hurry."))
                .when()
                .post(TICKETS + "/" + other.ticket() + "/pages")
                .then()
                .statusCode(403);
        jsonAs(Tokens.uniqueSubject("stranger"), "maker")
                .body(Map.of("reason", "Hurry."))
                .when()
                .post(TICKETS + "/" + other.ticket() + "/pages")
                .then()
                .statusCode(404);
    }

    @Test
    void whoeverWasNotifiedAcknowledgesOthersWhoSeeThePageAreForbidden() {
        Held held = held();
        String page = PagingFixtures.raise(held.ticket(), Tokens.uniqueSubject("agent"), "helpdesk");

        // The second member sees the page (their team's) but was not notified and does not lead the team.
        as(held.crew().second(), "maker").when().get(PAGES + "/" + page).then().statusCode(200);
        as(held.crew().second(), "maker")
                .when()
                .post(PAGES + "/" + page + "/acknowledge")
                .then()
                .statusCode(403);
        as(Tokens.uniqueSubject("agent"), "helpdesk")
                .when()
                .post(PAGES + "/" + page + "/acknowledge")
                .then()
                .statusCode(403);
        as(Tokens.uniqueSubject("stranger"), "maker")
                .when()
                .post(PAGES + "/" + page + "/acknowledge")
                .then()
                .statusCode(404);

        as(held.crew().first(), "maker")
                .when()
                .post(PAGES + "/" + page + "/acknowledge")
                .then()
                .statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED"))
                .body("acknowledged_by", equalTo(held.crew().first()))
                .body("next_notification_at", nullValue());
        as(held.crew().first(), "maker")
                .when()
                .post(PAGES + "/" + page + "/acknowledge")
                .then()
                .statusCode(409)
                .body("type", endsWith("page-not-triggered"));
    }

    @Test
    void handingAPageBackRestartsEscalationAtTheFirstLevel() {
        clock.set(Instant.parse("2034-02-02T09:00:00Z"));
        Held held = held();
        String page = PagingFixtures.raise(held.ticket(), Tokens.uniqueSubject("agent"), "helpdesk");
        as(held.crew().first(), "maker").when().post(PAGES + "/" + page + "/acknowledge");
        clock.set(Instant.parse("2034-02-02T09:30:00Z"));

        as(held.crew().lead(), "maker")
                .when()
                .post(PAGES + "/" + page + "/unacknowledge")
                .then()
                .statusCode(200)
                .body("status", equalTo("TRIGGERED"))
                .body("acknowledged_by", nullValue())
                .body("level", equalTo(1))
                .body("next_notification_at", equalTo("2034-02-02T09:45:00Z"))
                .body("timeline.kind", equalTo(List.of("TRIGGERED", "ACKNOWLEDGED", "UNACKNOWLEDGED", "ESCALATED")))
                .body("timeline[3].subject", equalTo(held.crew().first()));
        as(held.crew().lead(), "maker")
                .when()
                .post(PAGES + "/" + page + "/unacknowledge")
                .then()
                .statusCode(409);
    }

    @Test
    void platformResolvesAPageOnceAndItStopsEscalating() {
        Held held = held();
        String page = PagingFixtures.raise(held.ticket(), Tokens.uniqueSubject("agent"), "helpdesk");
        String platform = Tokens.uniqueSubject("platform");
        as(platform, "platform")
                .when()
                .post(PAGES + "/" + page + "/resolve")
                .then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolved_by", equalTo(platform))
                .body("next_notification_at", nullValue());
        as(platform, "platform")
                .when()
                .post(PAGES + "/" + page + "/resolve")
                .then()
                .statusCode(409)
                .body("type", endsWith("page-resolved"));
        // A resolved page leaves room for a new one.
        PagingFixtures.raise(held.ticket(), platform, "platform");
    }

    @Test
    void listsShowTheCallersPagesByStatusAndTeamPageByPage() {
        Held held = held();
        String agent = Tokens.uniqueSubject("agent");
        String first = PagingFixtures.raise(held.ticket(), agent, "helpdesk");
        as(Tokens.uniqueSubject("admin"), "admin").when().post(PAGES + "/" + first + "/resolve");
        String second = PagingFixtures.raise(held.ticket(), agent, "helpdesk");

        as(agent, "helpdesk")
                .queryParam("team_id", held.crew().teamId())
                .queryParam("status", "TRIGGERED")
                .when()
                .get(PAGES)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(second)));
        String cursor = as(held.crew().second(), "maker")
                .queryParam("team_id", held.crew().teamId())
                .queryParam("limit", 1)
                .when()
                .get(PAGES)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(second)))
                .body("next_cursor", notNullValue())
                .extract()
                .path("next_cursor");
        as(held.crew().second(), "maker")
                .queryParam("team_id", held.crew().teamId())
                .queryParam("limit", 1)
                .queryParam("cursor", cursor)
                .when()
                .get(PAGES)
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(first)));
        as(agent, "helpdesk")
                .when()
                .get(TICKETS + "/" + held.ticket() + "/pages")
                .then()
                .statusCode(200)
                .body("items.id", equalTo(List.of(second, first)));
        as(Tokens.uniqueSubject("stranger"), "maker")
                .when()
                .get(PAGES)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(second)));
    }

    @Test
    void aTeamChoosesOnlyItsOwnEscalationPolicyAndMayReturnToTheRule() {
        Fixtures.Crew crew = Fixtures.crew("BUSINESS_UNIT");
        Fixtures.Crew other = Fixtures.crew("BUSINESS_UNIT");
        String own = PagingFixtures.policy(crew, 0, List.of(person(crew.first(), 5)));
        String foreign = PagingFixtures.policy(other, 0, List.of(person(other.first(), 5)));

        jsonAs(crew.lead(), "maker")
                .body(Map.of("escalation_policy", Map.of("id", foreign)))
                .when()
                .patch(TEAMS + "/" + crew.teamId())
                .then()
                .statusCode(422);
        PagingFixtures.choosePolicy(crew, own);
        as(crew.first(), "maker")
                .when()
                .get(TEAMS + "/" + crew.teamId())
                .then()
                .body("escalation_policy_id", equalTo(own));
        Map<String, Object> none = new HashMap<>();
        none.put("id", null);
        jsonAs(crew.lead(), "maker")
                .body(Map.of("escalation_policy", none))
                .when()
                .patch(TEAMS + "/" + crew.teamId())
                .then()
                .statusCode(200)
                .body("escalation_policy_id", nullValue());
        // Without a choice, the team's first policy by name decides.
        Held held = PagingFixtures.heldBy(crew);
        jsonAs(Tokens.uniqueSubject("agent"), "helpdesk")
                .body(Map.of("reason", "Down."))
                .when()
                .post(TICKETS + "/" + held.ticket() + "/pages")
                .then()
                .statusCode(201)
                .body("policy_rule", equalTo("FIRST_POLICY_BY_NAME"))
                .body("escalation_policy_id", equalTo(own));
    }

    @Test
    void aPageOfATeamWithoutPoliciesFollowsItsRotations() {
        Fixtures.Crew crew = Fixtures.crew("BUSINESS_UNIT");
        Held held = PagingFixtures.heldBy(crew);
        jsonAs(Tokens.uniqueSubject("agent"), "helpdesk")
                .body(Map.of("reason", "Down."))
                .when()
                .post(TICKETS + "/" + held.ticket() + "/pages")
                .then()
                .statusCode(201)
                .body("policy_rule", equalTo("TEAM_ROTATIONS"))
                .body("escalation_policy_id", nullValue())
                .body("timeline[0].subject", nullValue());
    }
}
