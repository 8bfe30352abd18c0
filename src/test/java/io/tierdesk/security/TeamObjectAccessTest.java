package io.tierdesk.security;

import static io.tierdesk.security.ObjectAccessMatrix.API;
import static io.tierdesk.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tierdesk.security.ObjectAccessMatrix.Outsider;
import io.tierdesk.security.ObjectAccessMatrix.Probe;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Team membership opens a team's tickets, on-call setup and handoffs, so nobody but admins, platform staff and the
 * team's leads changes a team. The team directory is readable, so a maker outside the team is refused with 403; a
 * partner, who sees only its own teams, gets 404 exactly as for a team that does not exist.
 */
@QuarkusTest
class TeamObjectAccessTest {

    private static final String TEAMS = API + "/teams";

    @Test
    void everyOperationIsProbed() {
        List<Probe> all = new ArrayList<>(readProbes());
        all.addAll(changeProbes("someone"));
        ObjectAccessMatrix.assertProbesCoverTheContract("/teams/{team_id}", all);
    }

    @Test
    void nobodyButTheTeamsLeadsChangesItOrItsMembers() {
        String team = Fixtures.createTeam("BUSINESS_UNIT");
        String lead = Tokens.uniqueSubject("team-lead");
        String member = Tokens.uniqueSubject("team-member");
        Fixtures.addMember(team, lead, "LEAD");
        Fixtures.addMember(team, member, "MEMBER");
        String before = state(team);

        List<String> violations = new ArrayList<>();
        for (Outsider outsider : directoryReaders(team, member)) {
            for (Probe probe : changeProbes(member)) {
                Response response = call(outsider, probe, TEAMS + "/" + team);
                if (response.statusCode() != 403
                        || !String.valueOf(response.contentType()).startsWith(Fixtures.PROBLEM_JSON)) {
                    violations.add(probe.operation() + " as " + outsider + ": " + response.statusCode());
                }
            }
        }
        assertThat(violations).isEmpty();
        List<Probe> all = new ArrayList<>(readProbes());
        all.addAll(changeProbes(member));
        String otherPartner = Tokens.uniqueSubject("other-partner");
        Fixtures.addMember(Fixtures.createTeam("PARTNER"), otherPartner, "MEMBER");
        ObjectAccessMatrix.assertNotFoundForOutsiders(
                TEAMS + "/" + team,
                all,
                List.of(
                        new Outsider(otherPartner, "partner"),
                        new Outsider(Tokens.uniqueSubject("partner"), "partner")));

        assertThat(state(team)).as("the team and its members afterwards").isEqualTo(before);
    }

    private static List<Probe> readProbes() {
        return List.of(Probe.of("GET", ""), Probe.of("GET", "/members"));
    }

    /** Renaming the team, joining it as a lead, and removing one of its members. */
    private static List<Probe> changeProbes(String member) {
        return List.of(
                Probe.of("PATCH", "", Map.of("name", Fixtures.uniqueName("hijacked"))),
                Probe.of("POST", "/members", Map.of("subject", Tokens.uniqueSubject("intruder"), "role", "LEAD")),
                Probe.nested("DELETE", "/members/{subject}", "/members/" + member, null));
    }

    /**
     * Callers who read the directory but do not manage this team: its plain member, a lead and a member of other
     * teams, a maker, the help desk and the machine roles.
     */
    private static List<Outsider> directoryReaders(String team, String member) {
        String otherTeam = Fixtures.createTeam("BUSINESS_UNIT");
        String otherLead = Tokens.uniqueSubject("other-lead");
        Fixtures.addMember(otherTeam, otherLead, "LEAD");
        return List.of(
                new Outsider(member, "maker"),
                new Outsider(otherLead, "maker"),
                new Outsider(Tokens.uniqueSubject("maker"), "maker"),
                new Outsider(Tokens.uniqueSubject("helpdesk"), "helpdesk"),
                new Outsider(Tokens.uniqueSubject("integration"), "integration"),
                new Outsider(Tokens.uniqueSubject("automation"), "automation"));
    }

    private static Response call(Outsider outsider, Probe probe, String object) {
        var request = outsider.request();
        if (probe.body() != null) {
            request.body(probe.body());
        }
        return request.when().request(probe.method(), object + probe.suffix());
    }

    private static String state(String team) {
        String admin = Tokens.uniqueSubject("team-admin");
        return as(admin, "admin")
                        .when()
                        .get(TEAMS + "/" + team)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                + as(admin, "admin")
                        .queryParam("limit", 100)
                        .when()
                        .get(TEAMS + "/" + team + "/members")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
    }
}
