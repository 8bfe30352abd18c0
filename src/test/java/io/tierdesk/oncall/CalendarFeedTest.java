package io.tierdesk.oncall;

import static io.restassured.RestAssured.given;
import static io.tierdesk.oncall.OnCallFixtures.FEEDS;
import static io.tierdesk.oncall.OnCallFixtures.FEED_TOKENS;
import static io.tierdesk.oncall.OnCallFixtures.ROTATIONS;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarFeedTest {

    @Test
    void rotationFeedParsesWithIcal4jAndKeepsItsUidsAcrossFetches() throws Exception {
        OnCallFixtures team = OnCallFixtures.team(2);
        String rotation = team.rotation("Europe/Madrid", team.members, 1, "DAYS", "2026-01-05T09:00:00");
        String token = createToken(team.member(0));

        List<String> first = uids(fetch(FEEDS + "/rotations/" + rotation + ".ics", token));
        List<String> second = uids(fetch(FEEDS + "/rotations/" + rotation + ".ics", token));
        assertThat(first).isNotEmpty().isEqualTo(second);
    }

    @Test
    void anUnchangedFeedIsRevalidatedWithItsEntityTagAndNeverSharedByCaches() {
        OnCallFixtures team = OnCallFixtures.team(2);
        String rotation = team.rotation("America/New_York", team.members, 1, "DAYS", "2026-03-02T08:00:00");
        String token = createToken(team.member(0));
        String path = FEEDS + "/rotations/" + rotation + ".ics";

        String etag = given().queryParam("token", token)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .header("Cache-Control", allOf(containsString("private"), containsString("no-cache")))
                .header("X-Content-Type-Options", "nosniff")
                .extract()
                .header("ETag");
        assertThat(etag).isNotBlank();
        given().queryParam("token", token)
                .header("If-None-Match", etag)
                .when()
                .get(path)
                .then()
                .statusCode(304)
                .header("ETag", etag);
        given().queryParam("token", token)
                .header("If-None-Match", "\"something-else\"")
                .when()
                .get(path)
                .then()
                .statusCode(200);
    }

    @Test
    void personFeedShowsOnlyThatPersonsShifts() throws Exception {
        OnCallFixtures team = OnCallFixtures.team(2);
        team.rotation("UTC", team.members, 1, "DAYS", "2026-01-05T00:00:00");
        String token = createToken(team.member(0));
        Calendar calendar = parse(fetch(FEEDS + "/people/" + team.member(1) + ".ics", token));
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).isNotEmpty();
        assertThat(events)
                .allSatisfy(
                        event -> assertThat(event.getDescription().getValue()).contains(team.member(1)));
    }

    @Test
    void feedTokenIsNotABearerTokenAnywhereElse() {
        OnCallFixtures team = OnCallFixtures.team(1);
        String rotation = team.rotation("UTC", team.members, 1, "DAYS", "2026-01-05T00:00:00");
        String token = createToken(team.member(0));
        given().auth()
                .oauth2(token)
                .when()
                .get(ROTATIONS + "/" + rotation)
                .then()
                .statusCode(401);
        given().auth().oauth2(token).when().get(FEED_TOKENS).then().statusCode(401);
        given().queryParam("token", token)
                .when()
                .get(ROTATIONS + "/" + rotation)
                .then()
                .statusCode(401);
    }

    @Test
    void revokedTokenNoLongerOpensTheFeed() {
        OnCallFixtures team = OnCallFixtures.team(1);
        String rotation = team.rotation("UTC", team.members, 1, "DAYS", "2026-01-05T00:00:00");
        ExtractableResponse<Response> created = jsonAs(team.member(0), "maker")
                .body(Map.of("name", "phone"))
                .when()
                .post(FEED_TOKENS)
                .then()
                .statusCode(201)
                .extract();
        String token = created.path("token");
        String id = created.path("id");
        given().queryParam("token", token)
                .when()
                .get(FEEDS + "/rotations/" + rotation + ".ics")
                .then()
                .statusCode(200);

        as(uniqueSubject("someone-else"), "maker")
                .when()
                .delete(FEED_TOKENS + "/" + id)
                .then()
                .statusCode(404);
        as(team.member(0), "maker").when().delete(FEED_TOKENS + "/" + id).then().statusCode(204);

        given().queryParam("token", token)
                .when()
                .get(FEEDS + "/rotations/" + rotation + ".ics")
                .then()
                .statusCode(401);
        as(team.member(0), "maker")
                .when()
                .get(FEED_TOKENS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.token", not(hasItem(token)));
    }

    @Test
    void tokenOpensOnlyRotationsItsOwnerMaySee() {
        OnCallFixtures team = OnCallFixtures.team(1);
        String rotation = team.rotation("UTC", team.members, 1, "DAYS", "2026-01-05T00:00:00");
        String outsider = createToken(uniqueSubject("outsider"));
        given().queryParam("token", outsider)
                .when()
                .get(FEEDS + "/rotations/" + rotation + ".ics")
                .then()
                .statusCode(404);
        given().queryParam("token", "tdfeed_forged")
                .when()
                .get(FEEDS + "/rotations/" + rotation + ".ics")
                .then()
                .statusCode(401);
    }

    private static String createToken(String owner) {
        return jsonAs(owner, "maker")
                .body(Map.of("name", "calendar"))
                .when()
                .post(FEED_TOKENS)
                .then()
                .statusCode(201)
                .extract()
                .path("token");
    }

    private static String fetch(String path, String token) {
        return given().queryParam("token", token)
                .when()
                .get(path)
                .then()
                .statusCode(200)
                .contentType("text/calendar")
                .extract()
                .asString();
    }

    private static Calendar parse(String ics) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        calendar.validate();
        return calendar;
    }

    private static List<String> uids(String ics) throws Exception {
        List<VEvent> events = parse(ics).getComponents("VEVENT");
        return events.stream()
                .map(event -> event.getUid().orElseThrow().getValue())
                .toList();
    }
}
