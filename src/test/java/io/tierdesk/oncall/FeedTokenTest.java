package io.tierdesk.oncall;

import static io.restassured.RestAssured.given;
import static io.tierdesk.oncall.OnCallFixtures.FEEDS;
import static io.tierdesk.oncall.OnCallFixtures.FEED_TOKENS;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Feed tokens are judged at each use: by their owner's roles and teams now, their expiry, and a per-owner cap. */
@QuarkusTest
class FeedTokenTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aTokenCreatedWithASeesAllRoleStopsOpeningOtherTeamsFeedsOnceTheOwnerNoLongerHoldsIt() {
        String rotationFeed = anotherTeamsRotationFeed();
        String agent = uniqueSubject("agent");
        String token = createdAs(agent, "helpdesk");
        feed(rotationFeed, token).then().statusCode(200);

        as(agent, "maker").when().get(FEED_TOKENS).then().statusCode(200);
        feed(rotationFeed, token).then().statusCode(404);

        as(agent, "auditor", "maker").when().get(FEED_TOKENS).then().statusCode(200);
        feed(rotationFeed, token).then().statusCode(200);
    }

    @Test
    void anOwnerWhoseTokenNowCarriesNoTierdeskRoleAtAllIsRefusedAndTheirFeedTokenSeesNoOtherTeam() {
        String rotationFeed = anotherTeamsRotationFeed();
        String agent = uniqueSubject("former-agent");
        String token = createdAs(agent, "platform");
        feed(rotationFeed, token).then().statusCode(200);

        as(agent).when().get(FEED_TOKENS).then().statusCode(403);
        feed(rotationFeed, token).then().statusCode(404);
    }

    private static String anotherTeamsRotationFeed() {
        OnCallFixtures team = OnCallFixtures.team(1);
        return FEEDS + "/rotations/" + team.rotation("UTC", team.members, 1, "DAYS", "2026-01-05T00:00:00") + ".ics";
    }

    private static String createdAs(String owner, String role) {
        return jsonAs(owner, role)
                .body(Map.of("name", "desk phone"))
                .when()
                .post(FEED_TOKENS)
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    @Test
    void aTokenStopsOpeningItsTeamsFeedsOnceItsOwnerLeavesTheTeam() {
        OnCallFixtures team = OnCallFixtures.team(2);
        String rotationFeed =
                FEEDS + "/rotations/" + team.rotation("UTC", team.members, 1, "DAYS", "2026-01-05T00:00:00") + ".ics";
        String token = jsonAs(team.member(1), "maker")
                .body(Map.of("name", "phone"))
                .when()
                .post(FEED_TOKENS)
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        feed(rotationFeed, token).then().statusCode(200);

        as(uniqueSubject("admin"), "admin")
                .when()
                .delete("/api/v1/teams/" + team.teamId + "/members/" + team.member(1))
                .then()
                .statusCode(204);
        feed(rotationFeed, token).then().statusCode(404);
    }

    @Test
    void aTokenWithAnExpiryStopsOpeningFeedsWhenItExpires() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        OnCallFixtures team = OnCallFixtures.team(1);
        String rotationFeed =
                FEEDS + "/rotations/" + team.rotation("UTC", team.members, 1, "DAYS", "2026-01-05T00:00:00") + ".ics";
        String expiresAt = start.plus(Duration.ofDays(7)).toString();
        Map<String, Object> created = jsonAs(team.member(0), "maker")
                .body(Map.of("name", "week", "expires_at", expiresAt))
                .when()
                .post(FEED_TOKENS)
                .then()
                .statusCode(201)
                .body("expires_at", equalTo(expiresAt))
                .extract()
                .as(Map.class);
        as(team.member(0), "maker")
                .when()
                .get(FEED_TOKENS)
                .then()
                .statusCode(200)
                .body("items.find { it.id == '" + created.get("id") + "' }.expires_at", equalTo(expiresAt));

        clock.set(start.plus(Duration.ofDays(7)).minusSeconds(1));
        feed(rotationFeed, (String) created.get("token")).then().statusCode(200);
        clock.set(start.plus(Duration.ofDays(7)));
        feed(rotationFeed, (String) created.get("token")).then().statusCode(401);
    }

    @Test
    void anExpiryInThePastOrBeyondTheLongestLifetimeIsRefusedAndNothingIsCreated() {
        String owner = uniqueSubject("maker");
        Duration longest = ConfigProvider.getConfig()
                .getOptionalValue("tierdesk.oncall.feed-tokens.max-lifetime", Duration.class)
                .orElse(Duration.ofDays(366));
        Instant now = Instant.now();
        for (Instant expiresAt : List.of(now.minusSeconds(60), now.plus(longest).plusSeconds(60))) {
            jsonAs(owner, "maker")
                    .body(Map.of("name", "bad", "expires_at", expiresAt.toString()))
                    .when()
                    .post(FEED_TOKENS)
                    .then()
                    .statusCode(422)
                    .contentType("application/problem+json");
        }
        as(owner, "maker").when().get(FEED_TOKENS).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void anOwnerHoldsAtMostTheConfiguredNumberOfActiveTokens() {
        int quota = ConfigProvider.getConfig()
                .getOptionalValue("tierdesk.oncall.feed-tokens.max-per-owner", Integer.class)
                .orElse(20);
        String owner = uniqueSubject("maker");
        String first = null;
        for (int i = 0; i < quota; i++) {
            String id = create(owner).then().statusCode(201).extract().path("id");
            first = first == null ? id : first;
        }
        create(owner)
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/quota-exceeded"));
        List<?> items = as(owner, "maker")
                .queryParam("limit", 200)
                .when()
                .get(FEED_TOKENS)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(items).hasSize(quota);
        create(uniqueSubject("maker")).then().statusCode(201);

        as(owner, "maker").when().delete(FEED_TOKENS + "/" + first).then().statusCode(204);
        create(owner).then().statusCode(201);
    }

    private static io.restassured.response.Response create(String owner) {
        return jsonAs(owner, "maker").body(Map.of("name", "calendar")).when().post(FEED_TOKENS);
    }

    private static io.restassured.response.Response feed(String path, String token) {
        return given().queryParam("token", token).when().get(path);
    }
}
