package io.tierdesk.oncall;

import static io.tierdesk.support.Fixtures.addMember;
import static io.tierdesk.support.Fixtures.createTeam;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.uniqueName;
import static io.tierdesk.support.Tokens.uniqueSubject;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A team with a lead and members, and rotations created by that lead. */
final class OnCallFixtures {

    static final String ROTATIONS = "/api/v1/rotations";
    static final String POLICIES = "/api/v1/escalation-policies";
    static final String ON_CALL = "/api/v1/on-call";
    static final String FEED_TOKENS = "/api/v1/feed-tokens";
    static final String FEEDS = "/api/v1/calendar-feeds";

    final String teamId;
    final String lead;
    final List<String> members;

    private OnCallFixtures(String teamId, String lead, List<String> members) {
        this.teamId = teamId;
        this.lead = lead;
        this.members = members;
    }

    /** A new team with one lead and {@code count} plain members. */
    static OnCallFixtures team(int count) {
        String teamId = createTeam("PLATFORM");
        String lead = uniqueSubject("lead");
        addMember(teamId, lead, "LEAD");
        List<String> members = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String member = uniqueSubject("oncall" + i);
            addMember(teamId, member, "MEMBER");
            members.add(member);
        }
        return new OnCallFixtures(teamId, lead, List.copyOf(members));
    }

    String member(int i) {
        return members.get(i);
    }

    Map<String, Object> rotationBody(String zone, List<String> rotating, int amount, String unit, String anchor) {
        Map<String, Object> body = new HashMap<>();
        body.put("team_id", teamId);
        body.put("name", uniqueName("rotation"));
        body.put("time_zone", zone);
        body.put("members", rotating);
        body.put("shift_length", Map.of("amount", amount, "unit", unit));
        body.put("handoff_anchor", anchor);
        return body;
    }

    String createRotation(Map<String, Object> body) {
        return jsonAs(lead, "maker")
                .body(body)
                .when()
                .post(ROTATIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    String rotation(String zone, List<String> rotating, int amount, String unit, String anchor) {
        return createRotation(rotationBody(zone, rotating, amount, unit, anchor));
    }

    JsonPath schedule(String rotationId, String since, String until) {
        return jsonAs(member(0), "maker")
                .queryParam("since", since)
                .queryParam("until", until)
                .when()
                .get(ROTATIONS + "/" + rotationId + "/schedule")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    JsonPath scheduleGaps(String rotationId, int days) {
        return jsonAs(member(0), "maker")
                .queryParam("days", days)
                .when()
                .get(ROTATIONS + "/" + rotationId + "/gaps")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    String override(String rotationId, String start, String end, String member) {
        Map<String, Object> body = new HashMap<>();
        body.put("start", start);
        body.put("end", end);
        if (member != null) {
            body.put("member", member);
        }
        return jsonAs(lead, "maker")
                .body(body)
                .when()
                .post(ROTATIONS + "/" + rotationId + "/overrides")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
