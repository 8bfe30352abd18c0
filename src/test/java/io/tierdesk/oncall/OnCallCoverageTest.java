package io.tierdesk.oncall;

import static io.restassured.RestAssured.given;
import static io.tierdesk.oncall.OnCallFixtures.ON_CALL;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code GET /on-call/coverage}: gaps and overlaps across rotations, as exact instants, with its access rules. */
@QuarkusTest
class OnCallCoverageTest {

    private static final String COVERAGE = ON_CALL + "/coverage";
    private static final String SINCE = "2027-03-13T00:00:00Z";
    private static final String UNTIL = "2027-03-17T00:00:00Z";

    @Test
    void aFollowTheSunTeamSeesTheHourItLosesAndTheHourItDoublesWhileOnlyNewYorkHasMovedItsClocks() {
        OnCallFixtures team = OnCallFixtures.team(2);
        String emea = team.createRotation(daily(team, "Europe/Madrid", team.member(0), "07:00", "19:00"));
        String amer = team.createRotation(daily(team, "America/New_York", team.member(1), "13:00", "01:00"));

        JsonPath coverage = read(as(team.member(0), "maker").queryParam("team_id", team.teamId), SINCE, UNTIL);

        assertThat(coverage.getString("team_id")).isEqualTo(team.teamId);
        assertThat(coverage.getList("rotation_ids")).containsExactlyInAnyOrder(emea, amer);
        // New York moves to EDT on 14 March 2027, Madrid only on the 28th.
        assertThat(spans(coverage, "gaps"))
                .containsExactly(
                        List.of("2027-03-15T05:00:00Z", "2027-03-15T06:00:00Z"),
                        List.of("2027-03-16T05:00:00Z", "2027-03-16T06:00:00Z"));
        assertThat(spans(coverage, "overlaps"))
                .containsExactly(
                        List.of("2027-03-14T17:00:00Z", "2027-03-14T18:00:00Z"),
                        List.of("2027-03-15T17:00:00Z", "2027-03-15T18:00:00Z"),
                        List.of("2027-03-16T17:00:00Z", "2027-03-16T18:00:00Z"));
        assertThat(coverage.getList("overlaps[0].on_call.member"))
                .containsExactlyInAnyOrder(team.member(0), team.member(1));
    }

    @Test
    void namedRotationsOfTwoTeamsAndAPastWindowBeforeTheyStartedAreOneGap() {
        OnCallFixtures europe = OnCallFixtures.team(1);
        OnCallFixtures america = OnCallFixtures.team(1);
        String emea = europe.createRotation(daily(europe, "Europe/Madrid", europe.member(0), "07:00", "19:00"));
        String amer = america.createRotation(daily(america, "America/New_York", america.member(0), "13:00", "01:00"));
        RequestSpecification helpdesk = as(uniqueSubject("helpdesk"), "helpdesk");

        JsonPath after = read(
                helpdesk.queryParam("rotation_id", emea).queryParam("rotation_id", amer),
                "2027-03-28T00:00:00Z",
                "2027-04-04T00:00:00Z");
        JsonPath before = read(
                as(uniqueSubject("auditor"), "auditor")
                        .queryParam("rotation_id", emea)
                        .queryParam("rotation_id", amer),
                "2026-01-01T00:00:00Z",
                "2026-01-02T00:00:00Z");

        assertThat(after.getString("team_id")).isNull();
        assertThat(after.getList("rotation_ids")).containsExactly(emea, amer);
        assertThat(after.getList("gaps")).isEmpty();
        assertThat(after.getList("overlaps")).isEmpty();
        assertThat(spans(before, "gaps")).containsExactly(List.of("2026-01-01T00:00:00Z", "2026-01-02T00:00:00Z"));
    }

    @Test
    void withoutTokenItIs401AndWithoutATierdeskRoleItIs403() {
        given().queryParam("team_id", UUID.randomUUID().toString())
                .queryParam("since", SINCE)
                .queryParam("until", UNTIL)
                .when()
                .get(COVERAGE)
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
        OnCallFixtures team = OnCallFixtures.team(1);
        as(team.member(0))
                .queryParam("team_id", team.teamId)
                .queryParam("since", SINCE)
                .queryParam("until", UNTIL)
                .when()
                .get(COVERAGE)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void anotherTeamsTeamOrRotationIs404AndItsMembersReadIt() {
        OnCallFixtures team = OnCallFixtures.team(1);
        String rotation = team.createRotation(daily(team, "Europe/Madrid", team.member(0), "07:00", "19:00"));
        OnCallFixtures other = OnCallFixtures.team(1);
        String outsider = other.member(0);

        for (String[] target : List.of(new String[] {"team_id", team.teamId}, new String[] {"rotation_id", rotation})) {
            as(outsider, "maker")
                    .queryParam(target[0], target[1])
                    .queryParam("since", SINCE)
                    .queryParam("until", UNTIL)
                    .when()
                    .get(COVERAGE)
                    .then()
                    .statusCode(404)
                    .contentType(PROBLEM_JSON);
            read(as(team.member(0), "maker").queryParam(target[0], target[1]), SINCE, UNTIL);
            read(as(team.lead, "partner").queryParam(target[0], target[1]), SINCE, UNTIL);
        }
        // One unreadable rotation among readable ones hides the whole answer.
        as(outsider, "maker")
                .queryParam("rotation_id", other.createRotation(daily(other, "UTC", outsider, "00:00", "12:00")))
                .queryParam("rotation_id", rotation)
                .queryParam("since", SINCE)
                .queryParam("until", UNTIL)
                .when()
                .get(COVERAGE)
                .then()
                .statusCode(404);
    }

    @Test
    void aWindowOverNinetyThreeDaysOrBackwardsOrNoTargetOrBothIs400() {
        OnCallFixtures team = OnCallFixtures.team(1);
        String rotation = team.createRotation(daily(team, "Europe/Madrid", team.member(0), "07:00", "19:00"));
        List<Map<String, Object>> queries = List.of(
                Map.of("team_id", team.teamId, "since", "2027-01-01T00:00:00Z", "until", "2027-04-04T00:00:01Z"),
                Map.of("team_id", team.teamId, "since", UNTIL, "until", SINCE),
                Map.of("since", SINCE, "until", UNTIL),
                Map.of("team_id", team.teamId, "rotation_id", rotation, "since", SINCE, "until", UNTIL));
        for (Map<String, Object> query : queries) {
            as(team.member(0), "maker")
                    .queryParams(query)
                    .when()
                    .get(COVERAGE)
                    .then()
                    .statusCode(400)
                    .contentType(PROBLEM_JSON);
        }
        read(
                as(team.member(0), "maker").queryParam("team_id", team.teamId),
                "2027-01-01T00:00:00Z",
                "2027-04-04T00:00:00Z");
    }

    private static JsonPath read(RequestSpecification request, String since, String until) {
        return request.queryParam("since", since)
                .queryParam("until", until)
                .when()
                .get(COVERAGE)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private static List<List<String>> spans(JsonPath coverage, String which) {
        List<String> starts = coverage.getList(which + ".start");
        List<String> ends = coverage.getList(which + ".end");
        List<List<String>> spans = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            spans.add(List.of(starts.get(i), ends.get(i)));
        }
        return spans;
    }

    /** One member on call every day from {@code from} to {@code to} local time, wrapping past midnight. */
    private static Map<String, Object> daily(OnCallFixtures team, String zone, String member, String from, String to) {
        Map<String, Object> body = team.rotationBody(zone, List.of(member), 1, "DAYS", "2026-01-05T00:00:00");
        List<String> days = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
        List<Map<String, String>> windows = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            String end = to.compareTo(from) > 0 ? days.get(i) : days.get((i + 1) % 7);
            windows.add(Map.of("start_day", days.get(i), "start_time", from, "end_day", end, "end_time", to));
        }
        body.put("restrictions", windows);
        body.put("restricted_time_consumes_turn", true);
        return body;
    }
}
