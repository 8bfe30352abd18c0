package io.tierdesk.security;

import static io.restassured.RestAssured.given;
import static io.tierdesk.security.ObjectAccessMatrix.API;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.security.ObjectAccessMatrix.Outsider;
import io.tierdesk.security.ObjectAccessMatrix.Probe;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Tokens;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A team's on-call setup (rotations, their overrides, schedules and gaps, escalation policies, who is on call) is
 * read by its members and the staff who read every team; anyone else (another maker, a partner, members and leads
 * of other teams, integrations and automation) gets 404 on every operation, through team filters, with the team's
 * cursors and with their own calendar feed tokens.
 */
@QuarkusTest
class OnCallObjectAccessTest {

    private static final String ROTATIONS = API + "/rotations";
    private static final String POLICIES = API + "/escalation-policies";
    private static final String FEED_TOKENS = API + "/feed-tokens";
    private static final String FEEDS = API + "/calendar-feeds";

    /** A team with a lead and two members, a daily rotation of the members, an override and a policy. */
    private record Team(
            String id,
            String lead,
            String member,
            String rotation,
            String rotationName,
            String override,
            String policy) {}

    @Test
    void everyOperationIsProbed() {
        ObjectAccessMatrix.assertProbesCoverTheContract(
                "/rotations/{rotation_id}", rotationProbes(UUID.randomUUID().toString()));
        ObjectAccessMatrix.assertProbesCoverTheContract("/escalation-policies/{policy_id}", policyProbes());
        ObjectAccessMatrix.assertProbesCoverTheContract("/feed-tokens/{feed_token_id}", feedTokenProbes());
    }

    @Test
    void anotherTeamsRotationIsNotFoundOnEveryOperationAndSubResource() {
        Team team = team();
        as(team.member(), "maker")
                .when()
                .get(ROTATIONS + "/" + team.rotation())
                .then()
                .statusCode(200);
        String before = rotationState(team);

        ObjectAccessMatrix.assertNotFoundForOutsiders(
                ROTATIONS + "/" + team.rotation(), rotationProbes(team.override()), outsiders());

        assertThat(rotationState(team))
                .as("the rotation and its overrides afterwards")
                .isEqualTo(before);
    }

    @Test
    void anotherTeamsEscalationPolicyIsNotFoundOnEveryOperation() {
        Team team = team();
        String before = as(team.lead(), "maker")
                .when()
                .get(POLICIES + "/" + team.policy())
                .then()
                .statusCode(200)
                .extract()
                .asString();

        ObjectAccessMatrix.assertNotFoundForOutsiders(POLICIES + "/" + team.policy(), policyProbes(), outsiders());

        assertThat(as(team.lead(), "maker")
                        .when()
                        .get(POLICIES + "/" + team.policy())
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .isEqualTo(before);
    }

    @Test
    void whoIsOnCallForAnotherTeamOrItsPolicyIsNotFound() {
        Team team = team();
        as(team.member(), "maker")
                .queryParam("team_id", team.id())
                .when()
                .get(API + "/on-call")
                .then()
                .statusCode(200);
        List<String> violations = new ArrayList<>();
        for (Outsider outsider : outsiders()) {
            for (String parameter : List.of("team_id", "escalation_policy_id")) {
                String target = parameter.equals("team_id") ? team.id() : team.policy();
                int foreign = onCall(outsider, parameter, target);
                int missing = onCall(outsider, parameter, UUID.randomUUID().toString());
                if (foreign != missing || (foreign != 404 && foreign != 403)) {
                    violations.add("on-call by " + parameter + " as " + outsider + ": " + foreign + " (nonexistent: "
                            + missing + ")");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void aPolicyOfAnotherTeamCannotNameThisTeamsRotation() {
        Team team = team();
        String otherLead = Tokens.uniqueSubject("other-lead");
        String otherTeam = Fixtures.createTeam("BUSINESS_UNIT");
        Fixtures.addMember(otherTeam, otherLead, "LEAD");
        for (String rotation : List.of(team.rotation(), UUID.randomUUID().toString())) {
            jsonAs(otherLead, "maker")
                    .body(Map.of(
                            "team_id",
                            otherTeam,
                            "name",
                            Fixtures.uniqueName("policy"),
                            "levels",
                            List.of(Map.of("delay_minutes", 0, "rotation_id", rotation))))
                    .when()
                    .post(POLICIES)
                    .then()
                    .statusCode(422)
                    .contentType(Fixtures.PROBLEM_JSON)
                    .body("type", org.hamcrest.Matchers.equalTo("/problems/unknown-rotation"));
        }
    }

    @Test
    void teamFiltersAndTheTeamsCursorsShowOutsidersNothing() {
        Team team = team();
        String second = createRotation(team, List.of(team.member()));
        override(team, team.rotation(), 20);
        List<Outsider> outsiders = outsiders();
        ObjectAccessMatrix.assertListHides(ROTATIONS, Map.of("team_id", team.id()), team.rotation(), outsiders);
        ObjectAccessMatrix.assertListHides(ROTATIONS, Map.of("team_id", team.id()), second, outsiders);
        ObjectAccessMatrix.assertListHides(POLICIES, Map.of("team_id", team.id()), team.policy(), outsiders);

        List<Outsider> others = new ArrayList<>(outsiders);
        others.add(new Outsider(Tokens.uniqueSubject("oncall-helpdesk"), "helpdesk"));
        Outsider lead = new Outsider(team.lead(), "maker");
        ObjectAccessMatrix.assertCursorRefused(ROTATIONS, Map.of("team_id", team.id()), lead, others);
        ObjectAccessMatrix.assertCursorRefused(
                ROTATIONS + "/" + team.rotation() + "/overrides", Map.of(), lead, others);
    }

    @Test
    void anotherPersonsFeedTokenCannotBeRevokedOrListed() {
        Team team = team();
        String token = feedToken(team.lead()).get("id").toString();
        feedToken(team.lead());
        List<Outsider> outsiders = new ArrayList<>(outsiders());
        outsiders.add(new Outsider(team.member(), "maker"));
        outsiders.add(new Outsider(Tokens.uniqueSubject("feed-admin"), "admin"));

        ObjectAccessMatrix.assertNotFoundForOutsiders(FEED_TOKENS + "/" + token, feedTokenProbes(), outsiders);

        ObjectAccessMatrix.assertListHides(FEED_TOKENS, Map.of(), token, outsiders);
        ObjectAccessMatrix.assertCursorRefused(FEED_TOKENS, Map.of(), new Outsider(team.lead(), "maker"), outsiders);
        as(team.lead(), "maker")
                .queryParam("limit", 100)
                .when()
                .get(FEED_TOKENS)
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem(token))
                .body("items.find { it.id == '" + token + "' }.revoked_at", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anOutsidersFeedTokenShowsNothingOfAnotherTeamsRotations() {
        Team team = team();
        String memberToken = (String) feedToken(team.member()).get("token");
        given().queryParam("token", memberToken)
                .when()
                .get(FEEDS + "/rotations/" + team.rotation() + ".ics")
                .then()
                .statusCode(200);
        assertThat(personFeed(team.member(), memberToken)).contains(team.rotationName());

        List<String> violations = new ArrayList<>();
        for (Outsider outsider : outsiders()) {
            if (outsider.role().equals("requester")) {
                continue; // a requester gets no feed token at all (the role gate refuses it)
            }
            String token =
                    (String) feedToken(outsider.subject(), outsider.role()).get("token");
            int foreign = rotationFeed(team.rotation(), token);
            int missing = rotationFeed(UUID.randomUUID().toString(), token);
            if (foreign != 404 || missing != 404) {
                violations.add("rotation feed with the token of " + outsider + ": " + foreign + " (nonexistent: "
                        + missing + ")");
            }
            String person = personFeed(team.member(), token);
            if (person.contains(team.rotation()) || person.contains(team.rotationName())) {
                violations.add("person feed of a team member with the token of " + outsider + " shows the rotation");
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void aFeedTokenStopsShowingTheTeamOnceItsOwnerLeavesIt() {
        Team team = team();
        String leaver = Tokens.uniqueSubject("leaver");
        Fixtures.addMember(team.id(), leaver, "MEMBER");
        String token = (String) feedToken(leaver).get("token");
        assertThat(rotationFeed(team.rotation(), token)).isEqualTo(200);

        as(Tokens.uniqueSubject("oncall-admin"), "admin")
                .when()
                .delete(Fixtures.TEAMS + "/" + team.id() + "/members/" + leaver)
                .then()
                .statusCode(204);

        assertThat(rotationFeed(team.rotation(), token)).isEqualTo(404);
        assertThat(personFeed(team.member(), token)).doesNotContain(team.rotationName());
    }

    private static List<Probe> rotationProbes(String override) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(30));
        return List.of(
                Probe.of("GET", ""),
                Probe.of("PATCH", "", Map.of("name", "hijacked")),
                Probe.of("GET", "/overrides"),
                Probe.of(
                        "POST",
                        "/overrides",
                        Map.of(
                                "start",
                                start.toString(),
                                "end",
                                start.plus(Duration.ofDays(1)).toString(),
                                "reason",
                                "hijacked")),
                Probe.nested("DELETE", "/overrides/{override_id}", "/overrides/" + override, null),
                Probe.query(
                        "GET",
                        "/schedule",
                        Map.of(
                                "since",
                                start.toString(),
                                "until",
                                start.plus(Duration.ofDays(7)).toString())),
                Probe.query("GET", "/gaps", Map.of("days", 7)));
    }

    private static List<Probe> policyProbes() {
        return List.of(Probe.of("GET", ""), Probe.of("PATCH", "", Map.of("name", "hijacked")));
    }

    private static List<Probe> feedTokenProbes() {
        return List.of(Probe.of("DELETE", ""));
    }

    /**
     * Strangers, a plain member of an unrelated team, and the machine roles, which belong to no team.
     */
    private static List<Outsider> outsiders() {
        String otherMember = Tokens.uniqueSubject("other-member");
        Fixtures.addMember(Fixtures.createTeam("BUSINESS_UNIT"), otherMember, "MEMBER");
        return ObjectAccessMatrix.strangersAnd(
                new Outsider(otherMember, "maker"),
                new Outsider(Tokens.uniqueSubject("integration"), "integration"),
                new Outsider(Tokens.uniqueSubject("automation"), "automation"));
    }

    private static Team team() {
        Fixtures.Crew crew = Fixtures.crew("PLATFORM");
        String id = crew.teamId();
        String lead = crew.lead();
        String member = crew.first();
        String other = crew.second();
        String name = Fixtures.uniqueName("bola-rotation");
        String rotation = jsonAs(lead, "maker")
                .body(rotationBody(id, name, List.of(member, other)))
                .when()
                .post(ROTATIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String policy = jsonAs(lead, "maker")
                .body(Map.of(
                        "team_id",
                        id,
                        "name",
                        Fixtures.uniqueName("policy"),
                        "levels",
                        List.of(Map.of("delay_minutes", 0, "rotation_id", rotation))))
                .when()
                .post(POLICIES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        Team team = new Team(id, lead, member, rotation, name, null, policy);
        return new Team(id, lead, member, rotation, name, override(team, rotation, 10), policy);
    }

    private static Map<String, Object> rotationBody(String team, String name, List<String> members) {
        return Map.of(
                "team_id",
                team,
                "name",
                name,
                "time_zone",
                "Europe/Amsterdam",
                "members",
                members,
                "shift_length",
                Map.of("amount", 1, "unit", "DAYS"),
                "handoff_anchor",
                "2025-01-06T09:00");
    }

    private static String createRotation(Team team, List<String> members) {
        return jsonAs(team.lead(), "maker")
                .body(rotationBody(team.id(), Fixtures.uniqueName("bola-rotation"), members))
                .when()
                .post(ROTATIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String override(Team team, String rotation, int daysAhead) {
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(daysAhead));
        return jsonAs(team.lead(), "maker")
                .body(Map.of(
                        "start",
                        start.toString(),
                        "end",
                        start.plus(Duration.ofHours(12)).toString(),
                        "member",
                        team.member()))
                .when()
                .post(ROTATIONS + "/" + rotation + "/overrides")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The rotation and its overrides as the lead sees them (who is on call now aside). */
    private static String rotationState(Team team) {
        var rotation = as(team.lead(), "maker")
                .when()
                .get(ROTATIONS + "/" + team.rotation())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String overrides = as(team.lead(), "maker")
                .queryParam("limit", 100)
                .when()
                .get(ROTATIONS + "/" + team.rotation() + "/overrides")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        return rotation.getString("name") + " v" + rotation.getString("version") + " " + overrides;
    }

    private static int onCall(Outsider outsider, String parameter, String value) {
        return as(outsider.subject(), outsider.role())
                .queryParam(parameter, value)
                .when()
                .get(API + "/on-call")
                .statusCode();
    }

    private static Map<String, Object> feedToken(String subject) {
        return feedToken(subject, "maker");
    }

    private static Map<String, Object> feedToken(String subject, String role) {
        return jsonAs(subject, role)
                .body(Map.of("name", Fixtures.uniqueName("feed")))
                .when()
                .post(FEED_TOKENS)
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
    }

    private static int rotationFeed(String rotation, String token) {
        return given().queryParam("token", token)
                .when()
                .get(FEEDS + "/rotations/" + rotation + ".ics")
                .statusCode();
    }

    private static String personFeed(String subject, String token) {
        return given().queryParam("token", token)
                .when()
                .get(FEEDS + "/people/" + subject + ".ics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }
}
