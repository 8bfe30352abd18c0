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
import io.tierdesk.support.TestClock;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarFeedTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * A calendar client that keeps every event it has seen, as the strictest subscribers do (RFC 5545 §3.8.7.4):
     * it replaces an event only with a higher SEQUENCE and drops one only when told it is cancelled, never because
     * it is missing from a poll.
     */
    static final class KeepingSubscriber {

        record Held(int sequence, String start, String end, String description, boolean cancelled, String modified) {}

        final Map<String, Held> events = new HashMap<>();

        void poll(String ics) throws Exception {
            List<VEvent> polled = parse(ics).getComponents("VEVENT");
            for (VEvent event : polled) {
                String uid = event.getUid().orElseThrow().getValue();
                Held seen = new Held(
                        Integer.parseInt(property(event, Property.SEQUENCE).orElse("0")),
                        property(event, Property.DTSTART).orElseThrow(),
                        property(event, Property.DTEND).orElseThrow(),
                        property(event, Property.DESCRIPTION).orElseThrow(),
                        property(event, Property.STATUS)
                                .filter("CANCELLED"::equals)
                                .isPresent(),
                        property(event, Property.LAST_MODIFIED).orElse(null));
                Held held = events.get(uid);
                if (held == null || seen.sequence() > held.sequence()) {
                    events.put(uid, seen);
                } else if (seen.sequence() == held.sequence()) {
                    assertThat(seen)
                            .as("%s changed without a higher SEQUENCE", uid)
                            .isEqualTo(held);
                }
            }
        }

        /** What the client shows: the events it holds that are not cancelled, by start. */
        List<List<String>> showing() {
            return showingAfter("");
        }

        /**
         * What the client shows ending after an instant (basic iCalendar UTC form): events that left the feed's
         * window stay in the client as the history they are.
         */
        List<List<String>> showingAfter(String instant) {
            return events.values().stream()
                    .filter(held -> !held.cancelled() && held.end().compareTo(instant) > 0)
                    .map(held -> List.of(held.start(), held.end(), held.description()))
                    .sorted(Comparator.comparing((List<String> event) -> event.get(0)))
                    .toList();
        }

        private static Optional<String> property(VEvent event, String name) {
            return event.getProperty(name).map(Property::getValue);
        }
    }

    /** What the feed publishes now, not cancelled, in the shape {@link KeepingSubscriber#showing()} has. */
    private static List<List<String>> published(String ics) throws Exception {
        KeepingSubscriber fresh = new KeepingSubscriber();
        fresh.poll(ics);
        return fresh.showing();
    }

    @Test
    void aSubscriberThatKeepsWhatItSawFollowsOverridesAndRotationEditsWithoutGhostsOrDuplicates() throws Exception {
        OnCallFixtures team = OnCallFixtures.team(3);
        clock.set(Instant.parse("2027-03-01T00:00:00Z"));
        String rotation = team.rotation("UTC", team.members, 1, "DAYS", "2027-01-04T09:00:00");
        String token = createToken(team.member(0));
        String feed = FEEDS + "/rotations/" + rotation + ".ics";
        String personFeed = FEEDS + "/people/" + team.member(0) + ".ics";
        KeepingSubscriber subscriber = new KeepingSubscriber();
        KeepingSubscriber person = new KeepingSubscriber();
        subscriber.poll(fetch(feed, token));
        person.poll(fetch(personFeed, token));
        // 3 March 2027 09:00 is 58 daily shifts after the anchor: member 1's; 5 March is member 0's.
        String shift = "20270303T090000Z";
        Map<String, KeepingSubscriber.Held> before = Map.copyOf(subscriber.events);
        String replacedUid = uidStartingAt(before, shift);
        String replacedMember = before.get(replacedUid).description();

        // 1. An override takes the whole shift: its event is cancelled, the override's is new.
        clock.set(Instant.parse("2027-03-01T10:00:00Z"));
        String whole = team.override(rotation, "2027-03-03T09:00:00Z", "2027-03-04T09:00:00Z", team.member(2));
        String afterWhole = fetch(feed, token);
        subscriber.poll(afterWhole);
        assertThat(subscriber.events.get(replacedUid).cancelled()).isTrue();
        assertThat(subscriber.showingAfter(windowStart())).isEqualTo(published(afterWhole));
        assertThat(subscriber.showing())
                .filteredOn(event -> event.get(0).equals(shift))
                .singleElement()
                .satisfies(event ->
                        assertThat(event.get(2)).contains(team.member(2)).contains("Source: override"));

        // 2. An override in the middle of a shift: the shift's event keeps its UID, ends earlier, with a higher
        // SEQUENCE and a LAST-MODIFIED; the two new pieces are new events.
        String cutShift = "20270305T090000Z";
        String cutUid = uidStartingAt(subscriber.events, cutShift);
        int cutSequence = subscriber.events.get(cutUid).sequence();
        clock.set(Instant.parse("2027-03-02T08:00:00Z"));
        team.override(rotation, "2027-03-05T12:00:00Z", "2027-03-05T15:00:00Z", team.member(2));
        String afterCut = fetch(feed, token);
        subscriber.poll(afterCut);
        KeepingSubscriber.Held cut = subscriber.events.get(cutUid);
        assertThat(cut.sequence()).isGreaterThan(cutSequence);
        assertThat(cut.end()).isEqualTo("20270305T120000Z");
        assertThat(cut.modified()).isEqualTo("20270302T080000Z");
        assertThat(subscriber.showingAfter(windowStart())).isEqualTo(published(afterCut));

        // 3. Deleting the first override brings the original shift back under its old UID, above its cancellation.
        int cancelledAt = subscriber.events.get(replacedUid).sequence();
        as(team.lead, "maker")
                .when()
                .delete(ROTATIONS + "/" + rotation + "/overrides/" + whole)
                .then()
                .statusCode(204);
        String afterDelete = fetch(feed, token);
        subscriber.poll(afterDelete);
        assertThat(subscriber.events.get(replacedUid).cancelled()).isFalse();
        assertThat(subscriber.events.get(replacedUid).sequence()).isGreaterThan(cancelledAt);
        assertThat(subscriber.events.get(replacedUid).description()).isEqualTo(replacedMember);
        assertThat(subscriber.showingAfter(windowStart())).isEqualTo(published(afterDelete));

        // 4. A rotation edit (new order and twelve-hour shifts from now on), a day later.
        clock.set(Instant.parse("2027-03-03T12:00:00Z"));
        String etag = as(team.lead, "maker")
                .when()
                .get(ROTATIONS + "/" + rotation)
                .then()
                .extract()
                .header("ETag");
        jsonAs(team.lead, "maker")
                .header("If-Match", etag)
                .body(Map.of(
                        "members",
                        List.of(team.member(2), team.member(0)),
                        "shift_length",
                        Map.of("amount", 12, "unit", "HOURS")))
                .when()
                .patch(ROTATIONS + "/" + rotation)
                .then()
                .statusCode(200);
        String afterEdit = fetch(feed, token);
        subscriber.poll(afterEdit);
        assertThat(subscriber.showingAfter(windowStart())).isEqualTo(published(afterEdit));
        assertThat(subscriber.showing())
                .filteredOn(event -> event.get(0).compareTo("20270303T120000Z") >= 0)
                .isNotEmpty()
                .allSatisfy(event -> assertThat(event.get(2)).doesNotContain(team.member(1)));
        assertNoTwoOverlap(subscriber.showing());

        // 5. The person feed of member 0 followed along in the same way.
        String personNow = fetch(personFeed, token);
        person.poll(personNow);
        assertThat(person.showingAfter(windowStart()))
                .isEqualTo(published(personNow))
                .isNotEmpty();
        assertNoTwoOverlap(person.showing());
    }

    /** The start of the feeds' window now: 30 days back. */
    private String windowStart() {
        return DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
                .withZone(ZoneOffset.UTC)
                .format(clock.instant().minus(Duration.ofDays(30)));
    }

    private static String uidStartingAt(Map<String, KeepingSubscriber.Held> events, String start) {
        return events.entrySet().stream()
                .filter(entry -> entry.getValue().start().equals(start)
                        && !entry.getValue().cancelled())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new AssertionError("no event starting at " + start));
    }

    private static void assertNoTwoOverlap(List<List<String>> events) {
        for (int i = 1; i < events.size(); i++) {
            assertThat(events.get(i).get(0))
                    .as("%s overlaps %s", events.get(i), events.get(i - 1))
                    .isGreaterThanOrEqualTo(events.get(i - 1).get(1));
        }
    }

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
