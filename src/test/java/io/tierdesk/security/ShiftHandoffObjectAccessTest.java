package io.tierdesk.security;

import static io.tierdesk.security.ObjectAccessMatrix.API;
import static io.tierdesk.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.security.ObjectAccessMatrix.Outsider;
import io.tierdesk.security.ObjectAccessMatrix.Probe;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.TestClock;
import io.tierdesk.support.Tokens;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A team's shift handoffs (with the team's open tickets, the notes and the acknowledgement) are read by whoever
 * reads the team's on-call setup; nobody outside the team reads them, writes notes or acknowledges, whether by id,
 * through the team, rotation or member filters, or with a team member's cursor.
 */
@QuarkusTest
class ShiftHandoffObjectAccessTest {

    private static final String HANDOFFS = API + "/shift-handoffs";

    private static final List<Probe> PROBES = List.of(
            Probe.of("GET", ""),
            Probe.of("PUT", "/notes", Map.of("notes", "hijacked")),
            Probe.of("POST", "/acknowledgement"));

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A team whose rotation handed from {@code first} to {@code second} at {@code handoff}; the oldest is first's. */
    private record Team(
            String id, String lead, String first, String second, String rotation, String handoff, String oldest) {}

    @Test
    void everyOperationIsProbed() {
        ObjectAccessMatrix.assertProbesCoverTheContract("/shift-handoffs/{shift_handoff_id}", PROBES);
    }

    @Test
    void anotherTeamsHandoffIsNotFoundOnEveryOperation() {
        Team team = team(Instant.parse("2033-01-10T07:30:00Z"));
        String before = as(team.lead(), "maker")
                .when()
                .get(HANDOFFS + "/" + team.handoff())
                .then()
                .statusCode(200)
                .extract()
                .asString();

        ObjectAccessMatrix.assertNotFoundForOutsiders(HANDOFFS + "/" + team.handoff(), PROBES, outsiders());

        assertThat(as(team.lead(), "maker")
                        .when()
                        .get(HANDOFFS + "/" + team.handoff())
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .as("the handoff after every outsider's attempt")
                .isEqualTo(before);
    }

    @Test
    void filtersAndATeamMembersCursorShowOutsidersNothing() {
        Team team = team(Instant.parse("2033-01-11T07:30:00Z"));
        List<Outsider> outsiders = outsiders();
        List<Map<String, ?>> filters = List.of(
                Map.of(),
                Map.of("team_id", team.id()),
                Map.of("rotation_id", team.rotation()),
                Map.of("member", team.second()),
                Map.of("member", team.first(), "unacknowledged", true));
        for (Map<String, ?> filter : filters) {
            ObjectAccessMatrix.assertListHides(HANDOFFS, filter, team.handoff(), outsiders);
            ObjectAccessMatrix.assertListHides(HANDOFFS, filter, team.oldest(), outsiders);
        }
        List<Outsider> others = new ArrayList<>(outsiders);
        others.add(new Outsider(Tokens.uniqueSubject("shift-helpdesk"), "helpdesk"));
        others.add(new Outsider(team.first(), "maker"));
        ObjectAccessMatrix.assertCursorRefused(
                HANDOFFS, Map.of("team_id", team.id()), new Outsider(team.second(), "maker"), others);
    }

    /** Strangers, a member of an unrelated team, and the machine roles, which belong to no team. */
    private static List<Outsider> outsiders() {
        String otherMember = Tokens.uniqueSubject("other-member");
        Fixtures.addMember(Fixtures.createTeam("BUSINESS_UNIT"), otherMember, "MEMBER");
        return ObjectAccessMatrix.strangersAnd(
                new Outsider(otherMember, "maker"),
                new Outsider(Tokens.uniqueSubject("integration"), "integration"),
                new Outsider(Tokens.uniqueSubject("automation"), "automation"));
    }

    /** An hourly rotation from {@code start} + 30 minutes, read 1 h 35 min after {@code start}: two handoffs. */
    private Team team(Instant start) {
        clock.set(start);
        Fixtures.Crew crew = Fixtures.crew("BUSINESS_UNIT");
        String lead = crew.lead();
        String first = crew.first();
        String second = crew.second();
        String rotation = Fixtures.hourlyRotation(crew, start.plusSeconds(30 * 60));
        clock.set(start.plusSeconds(95 * 60));
        List<String> incoming = as(lead, "maker")
                .queryParam("rotation_id", rotation)
                .when()
                .get(HANDOFFS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.incoming_member");
        List<String> ids = as(lead, "maker")
                .queryParam("rotation_id", rotation)
                .when()
                .get(HANDOFFS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(incoming).containsExactly(second, first);
        return new Team(crew.teamId(), lead, first, second, rotation, ids.get(0), ids.get(1));
    }
}
