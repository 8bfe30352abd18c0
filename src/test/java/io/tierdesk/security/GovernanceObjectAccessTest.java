package io.tierdesk.security;

import static io.tierdesk.security.ObjectAccessMatrix.API;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.security.ObjectAccessMatrix.Outsider;
import io.tierdesk.security.ObjectAccessMatrix.Probe;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Graduation requests and handoffs are seen by whoever sees their solution (and, for a handoff, the receiving
 * team); nobody else reaches them or their checklist, by id, through a list filtered to the solution or team, or
 * with the owner's cursor.
 */
@QuarkusTest
class GovernanceObjectAccessTest {

    private static final String GRADUATIONS = API + "/graduation-requests";
    private static final String HANDOFFS = API + "/handoffs";

    private static final List<Probe> GRADUATION_PROBES = List.of(
            Probe.of("GET", ""),
            Probe.of("POST", "/approve", Map.of("reason", "hijacked")),
            Probe.of("POST", "/reject", Map.of("reason", "hijacked")));

    private static final List<Probe> HANDOFF_PROBES = List.of(
            Probe.of("GET", ""),
            Probe.of("POST", "/transitions", Map.of("status", "CANCELLED", "reason", "hijacked")),
            Probe.nested(
                    "POST",
                    "/checklist/{item_code}",
                    "/checklist/RUNBOOK",
                    Map.of("evidence", "https://hijack.example.org")));

    @Test
    void everyOperationIsProbed() {
        ObjectAccessMatrix.assertProbesCoverTheContract(
                "/graduation-requests/{graduation_request_id}", GRADUATION_PROBES);
        ObjectAccessMatrix.assertProbesCoverTheContract("/handoffs/{handoff_id}", HANDOFF_PROBES);
    }

    @Test
    void anotherMakersGraduationRequestIsNotFoundOnEveryOperation() {
        String owner = Tokens.uniqueSubject("grad-owner");
        String solution = Fixtures.registerAsMaker(owner);
        String request = graduate(owner, solution);
        String before = as(owner, "maker")
                .when()
                .get(GRADUATIONS + "/" + request)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        ObjectAccessMatrix.assertNotFoundForOutsiders(
                GRADUATIONS + "/" + request, GRADUATION_PROBES, ObjectAccessMatrix.strangers());

        assertThat(as(owner, "maker")
                        .when()
                        .get(GRADUATIONS + "/" + request)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .isEqualTo(before);
    }

    @Test
    void aHandoffIsNotFoundForAnyoneButTheSolutionsOwnersAndTheReceivingTeam() {
        String owner = Tokens.uniqueSubject("handoff-owner");
        String receiving = Fixtures.createTeam("BUSINESS_UNIT");
        String receiver = Tokens.uniqueSubject("receiver");
        Fixtures.addMember(receiving, receiver, "MEMBER");
        String handoff = propose(owner, Fixtures.registerAsMaker(owner), receiving);
        as(receiver, "maker").when().get(HANDOFFS + "/" + handoff).then().statusCode(200);
        String before = as(owner, "maker")
                .when()
                .get(HANDOFFS + "/" + handoff)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        ObjectAccessMatrix.assertNotFoundForOutsiders(
                HANDOFFS + "/" + handoff, HANDOFF_PROBES, ObjectAccessMatrix.strangers());

        assertThat(as(owner, "maker")
                        .when()
                        .get(HANDOFFS + "/" + handoff)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .isEqualTo(before);
    }

    @Test
    void listsFilteredToTheSolutionOrTeamAndTheOwnersCursorsShowOutsidersNothing() {
        String owner = Tokens.uniqueSubject("gov-owner");
        String receiving = Fixtures.createTeam("BUSINESS_UNIT");
        List<String> solutions = List.of(Fixtures.registerAsMaker(owner), Fixtures.registerAsMaker(owner));
        List<String> graduations = new ArrayList<>();
        List<String> handoffs = new ArrayList<>();
        for (String solution : solutions) {
            graduations.add(graduate(owner, solution));
            handoffs.add(propose(owner, solution, receiving));
        }
        List<Outsider> outsiders = ObjectAccessMatrix.strangers();
        for (int i = 0; i < solutions.size(); i++) {
            for (Map<String, ?> filter : List.of(Map.<String, Object>of(), Map.of("solution_id", solutions.get(i)))) {
                ObjectAccessMatrix.assertListHides(GRADUATIONS, filter, graduations.get(i), outsiders);
                ObjectAccessMatrix.assertListHides(HANDOFFS, filter, handoffs.get(i), outsiders);
            }
            ObjectAccessMatrix.assertListHides(HANDOFFS, Map.of("to_team_id", receiving), handoffs.get(i), outsiders);
        }
        List<Outsider> others = new ArrayList<>(outsiders);
        others.add(new Outsider(Tokens.uniqueSubject("gov-platform"), "platform"));
        Outsider ownerCaller = new Outsider(owner, "maker");
        ObjectAccessMatrix.assertCursorRefused(GRADUATIONS, Map.of("status", "PENDING"), ownerCaller, others);
        ObjectAccessMatrix.assertCursorRefused(HANDOFFS, Map.of("to_team_id", receiving), ownerCaller, others);
    }

    private static String graduate(String maker, String solution) {
        return jsonAs(maker, "maker")
                .body(Map.of("solution_id", solution, "to_tier_id", "important", "justification", "It grew."))
                .when()
                .post(GRADUATIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static String propose(String maker, String solution, String toTeam) {
        return jsonAs(maker, "maker")
                .body(Map.of(
                        "solution_id",
                        solution,
                        "to_team_id",
                        toTeam,
                        "to_level",
                        "TEAM",
                        "reason",
                        "The team takes over."))
                .when()
                .post(HANDOFFS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
