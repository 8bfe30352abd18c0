package io.tierdesk.oncall;

import static io.tierdesk.oncall.OnCallFixtures.ON_CALL;
import static io.tierdesk.oncall.OnCallFixtures.POLICIES;
import static io.tierdesk.oncall.OnCallFixtures.ROTATIONS;
import static io.tierdesk.support.Fixtures.TEAMS;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.uniqueName;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tierdesk.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OnCallScheduleTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void weeklyMondayNineMadridShiftLasts167HoursOverSpringAnd169OverAutumnChange() {
        OnCallFixtures team = OnCallFixtures.team(2);
        String rotation = team.rotation("Europe/Madrid", team.members, 1, "WEEKS", "2026-03-23T09:00:00");

        JsonPath spring = team.schedule(rotation, "2026-03-23T08:00:00Z", "2026-04-06T07:00:00Z");
        assertThat(spring.getList("entries.start")).containsExactly("2026-03-23T08:00:00Z", "2026-03-30T07:00:00Z");
        assertThat(spring.getList("entries.member")).containsExactly(team.member(0), team.member(1));
        assertThat(hours(spring, 0)).isEqualTo(167);

        JsonPath autumn = team.schedule(rotation, "2026-10-19T07:00:00Z", "2026-10-26T08:00:00Z");
        assertThat(autumn.getList("entries")).hasSize(1);
        assertThat(hours(autumn, 0)).isEqualTo(169);
    }

    @Test
    void overrideInsideShiftSplitsIt() {
        OnCallFixtures team = OnCallFixtures.team(3);
        String rotation = team.rotation("UTC", team.members.subList(0, 2), 1, "DAYS", "2026-02-01T00:00:00");
        team.override(rotation, "2026-02-01T10:00:00Z", "2026-02-01T12:00:00Z", team.member(2));

        JsonPath day = team.schedule(rotation, "2026-02-01T00:00:00Z", "2026-02-02T00:00:00Z");
        assertThat(day.getList("entries.member")).containsExactly(team.member(0), team.member(2), team.member(0));
        assertThat(day.getList("entries.source")).containsExactly("ROTATION", "OVERRIDE", "ROTATION");
        assertThat(day.getList("entries.end"))
                .containsExactly("2026-02-01T10:00:00Z", "2026-02-01T12:00:00Z", "2026-02-02T00:00:00Z");
    }

    @Test
    void overlappingOverridesNewerWins() {
        OnCallFixtures team = OnCallFixtures.team(3);
        String rotation = team.rotation("UTC", team.members.subList(0, 1), 1, "DAYS", "2026-02-01T00:00:00");
        team.override(rotation, "2026-02-01T08:00:00Z", "2026-02-01T16:00:00Z", team.member(1));
        team.override(rotation, "2026-02-01T12:00:00Z", "2026-02-01T20:00:00Z", team.member(2));

        JsonPath day = team.schedule(rotation, "2026-02-01T00:00:00Z", "2026-02-02T00:00:00Z");
        assertThat(day.getList("entries.member"))
                .containsExactly(team.member(0), team.member(1), team.member(2), team.member(0));
        assertThat(day.getList("entries.start"))
                .containsExactly(
                        "2026-02-01T00:00:00Z", "2026-02-01T08:00:00Z", "2026-02-01T12:00:00Z", "2026-02-01T20:00:00Z");
    }

    @Test
    void badWindowsAreRejected() {
        OnCallFixtures team = OnCallFixtures.team(1);
        String rotation = team.rotation("UTC", team.members, 1, "DAYS", "2026-02-01T00:00:00");
        as(team.member(0), "maker")
                .queryParam("since", "2026-02-02T00:00:00Z")
                .queryParam("until", "2026-02-01T00:00:00Z")
                .when()
                .get(ROTATIONS + "/" + rotation + "/schedule")
                .then()
                .statusCode(400);
        as(team.member(0), "maker")
                .queryParam("since", "2026-01-01T00:00:00Z")
                .queryParam("until", "2026-05-01T00:00:00Z")
                .when()
                .get(ROTATIONS + "/" + rotation + "/schedule")
                .then()
                .statusCode(400);
    }

    @Test
    void whoIsOnCallAnswersExactlyOncePerLevelAndFlagsAnEmptyLevel() {
        OnCallFixtures team = OnCallFixtures.team(3);
        String primary = team.rotation("UTC", team.members.subList(0, 2), 1, "DAYS", "2026-02-01T00:00:00");
        Map<String, Object> endedBody =
                team.rotationBody("UTC", team.members.subList(2, 3), 1, "DAYS", "2026-01-01T00:00:00");
        endedBody.put("effective_until", "2026-01-10T00:00:00Z");
        String ended = team.createRotation(endedBody);
        String policy = jsonAs(team.lead, "maker")
                .body(Map.of(
                        "team_id",
                        team.teamId,
                        "name",
                        uniqueName("policy"),
                        "levels",
                        List.of(
                                Map.of("delay_minutes", 0, "rotation_id", ended),
                                Map.of("delay_minutes", 5, "rotation_id", primary),
                                Map.of("delay_minutes", 30, "subject", team.lead)),
                        "repeat",
                        1))
                .when()
                .post(POLICIES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        for (String at : List.of("2026-02-01T00:00:00Z", "2026-02-01T23:59:59Z", "2026-02-02T00:00:00Z")) {
            JsonPath answer = as(team.member(0), "maker")
                    .queryParam("escalation_policy_id", policy)
                    .queryParam("at", at)
                    .when()
                    .get(ON_CALL)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertThat(answer.getList("items")).hasSize(3);
            assertThat(answer.getList("items.level")).containsExactly(1, 2, 3);
            assertThat(List.of(
                            answer.getBoolean("items[0].empty"),
                            answer.getBoolean("items[1].empty"),
                            answer.getBoolean("items[2].empty")))
                    .containsExactly(true, false, false);
            String expected = at.startsWith("2026-02-02") ? team.member(1) : team.member(0);
            assertThat(answer.getString("items[1].subject")).isEqualTo(expected);
            assertThat(answer.getString("items[2].subject")).isEqualTo(team.lead);
        }
        as(team.member(0), "maker")
                .queryParam("team_id", team.teamId)
                .queryParam("at", "2026-02-01T12:00:00Z")
                .when()
                .get(ON_CALL)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2));
    }

    @Test
    void editingAStartedRotationKeepsItsPastShifts() {
        OnCallFixtures team = OnCallFixtures.team(3);
        clock.set(Instant.parse("2026-05-01T00:00:00Z"));
        String rotation = team.rotation("Europe/Madrid", team.members.subList(0, 2), 1, "DAYS", "2026-05-01T09:00:00");
        clock.set(Instant.parse("2026-05-10T12:00:00Z"));
        List<Object> past = team.schedule(rotation, "2026-05-01T07:00:00Z", "2026-05-10T12:00:00Z")
                .getList("entries");

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
                        List.of(team.member(2), team.member(1)),
                        "shift_length",
                        Map.of("amount", 12, "unit", "HOURS")))
                .when()
                .patch(ROTATIONS + "/" + rotation)
                .then()
                .statusCode(200)
                .body("definition_effective_from", equalTo("2026-05-10T12:00:00Z"));

        assertThat(team.schedule(rotation, "2026-05-01T07:00:00Z", "2026-05-10T12:00:00Z")
                        .getList("entries"))
                .isEqualTo(past);
        assertThat(team.schedule(rotation, "2026-05-11T00:00:00Z", "2026-05-13T00:00:00Z")
                        .getList("entries.member"))
                .contains(team.member(2))
                .doesNotContain(team.member(0));
        jsonAs(team.lead, "maker")
                .header("If-Match", etag)
                .body(Map.of("name", "stale"))
                .when()
                .patch(ROTATIONS + "/" + rotation)
                .then()
                .statusCode(412);
    }

    @Test
    void memberRemovedMidRotationLeavesPastShiftsIntact() {
        OnCallFixtures team = OnCallFixtures.team(3);
        clock.set(Instant.parse("2026-06-01T00:00:00Z"));
        String rotation = team.rotation("UTC", team.members, 1, "DAYS", "2026-06-01T00:00:00");
        clock.set(Instant.parse("2026-06-10T00:00:00Z"));
        List<Object> past = team.schedule(rotation, "2026-06-01T00:00:00Z", "2026-06-10T00:00:00Z")
                .getList("entries");

        as(uniqueSubject("admin"), "admin")
                .when()
                .delete(TEAMS + "/" + team.teamId + "/members/" + team.member(1))
                .then()
                .statusCode(204);

        assertThat(team.schedule(rotation, "2026-06-01T00:00:00Z", "2026-06-10T00:00:00Z")
                        .getList("entries"))
                .isEqualTo(past);
        assertThat(team.schedule(rotation, "2026-06-10T00:00:00Z", "2026-06-20T00:00:00Z")
                        .getList("entries.member"))
                .doesNotContain(team.member(1))
                .contains(team.member(0), team.member(2));
    }

    @Test
    void followTheSunPairShowsGapsAndOverlapsOnlyBetweenTheUsAndEuDaylightSavingChanges() {
        OnCallFixtures team = OnCallFixtures.team(2);
        String eu = team.createRotation(restricted(team, "Europe/Madrid", team.member(0), "07:00", "19:00"));
        String us = team.createRotation(restricted(team, "America/New_York", team.member(1), "13:00", "01:00"));

        // Winter and summer: the two rotations tile the day exactly.
        assertThat(coverage(team, eu, us, "2026-02-02T00:00:00Z")).containsOnly(1);
        assertThat(coverage(team, eu, us, "2026-04-06T00:00:00Z")).containsOnly(1);
        // New York is on summer time from 8 March, Madrid only from 29 March: 05:00-06:00 UTC nobody, 17:00-18:00 UTC
        // both.
        List<Integer> between = coverage(team, eu, us, "2026-03-16T00:00:00Z");
        assertThat(between).contains(0, 1, 2);
        assertThat(between.get(5 * 4)).isZero();
        assertThat(between.get(17 * 4)).isEqualTo(2);

        clock.set(Instant.parse("2026-03-16T00:00:00Z"));
        JsonPath gaps = team.scheduleGaps(eu, 7);
        assertThat(gaps.getList("entries.start")).contains("2026-03-16T18:00:00Z");
    }

    private static Map<String, Object> restricted(
            OnCallFixtures team, String zone, String member, String from, String to) {
        Map<String, Object> body = team.rotationBody(zone, List.of(member), 1, "DAYS", "2026-01-05T" + from + ":00");
        List<Map<String, String>> windows = new ArrayList<>();
        List<String> days = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
        for (int i = 0; i < 7; i++) {
            String end = to.compareTo(from) > 0 ? days.get(i) : days.get((i + 1) % 7);
            windows.add(Map.of("start_day", days.get(i), "start_time", from, "end_day", end, "end_time", to));
        }
        body.put("restrictions", windows);
        return body;
    }

    /** How many of the two rotations have someone on call, every 15 minutes over one week. */
    private static List<Integer> coverage(OnCallFixtures team, String a, String b, String since) {
        String until = Instant.parse(since).plus(Duration.ofDays(7)).toString();
        List<Map<String, Object>> first = team.schedule(a, since, until).getList("entries");
        List<Map<String, Object>> second = team.schedule(b, since, until).getList("entries");
        List<Integer> counts = new ArrayList<>();
        for (Instant t = Instant.parse(since); t.isBefore(Instant.parse(until)); t = t.plus(Duration.ofMinutes(15))) {
            counts.add(onCall(first, t) + onCall(second, t));
        }
        return counts;
    }

    private static int onCall(List<Map<String, Object>> entries, Instant t) {
        for (Map<String, Object> entry : entries) {
            if (!t.isBefore(Instant.parse((String) entry.get("start")))
                    && t.isBefore(Instant.parse((String) entry.get("end")))) {
                return Boolean.TRUE.equals(entry.get("is_gap")) ? 0 : 1;
            }
        }
        throw new AssertionError("no entry at " + t);
    }

    private static long hours(JsonPath schedule, int index) {
        return Duration.between(
                        Instant.parse(schedule.getString("entries[" + index + "].start")),
                        Instant.parse(schedule.getString("entries[" + index + "].end")))
                .toHours();
    }
}
