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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An unpublished knowledge article is read only by its owners (the owning subject or members of the owning team)
 * and the staff who read every article; anyone else gets 404 on every operation, and lists and cursors show them
 * nothing of it.
 */
@QuarkusTest
class KnowledgeDraftObjectAccessTest {

    private static final String ARTICLES = API + "/knowledge-articles";

    private static final List<Probe> PROBES = List.of(
            Probe.of("GET", ""),
            Probe.of("PATCH", "", Map.of("title", "hijacked")),
            Probe.of("POST", "/transitions", Map.of("to_state", "PUBLISHED")));

    @Test
    void everyOperationIsProbed() {
        ObjectAccessMatrix.assertProbesCoverTheContract("/knowledge-articles/{article_id}", PROBES);
    }

    @Test
    void aDraftOwnedByAMakerIsNotFoundForEveryoneElse() {
        String owner = Tokens.uniqueSubject("kb-owner");
        String draft = draft(Map.of("owner_subject", owner));
        assertUntouchableBy(draft, owner, outsiders());
    }

    @Test
    void aDraftOwnedByATeamIsNotFoundOutsideIt() {
        String team = Fixtures.createTeam("BUSINESS_UNIT");
        String member = Tokens.uniqueSubject("kb-member");
        Fixtures.addMember(team, member, "MEMBER");
        String draft = draft(Map.of("owner_team_id", team));
        assertUntouchableBy(draft, member, outsiders());
    }

    @Test
    void listsAndTheOwnersCursorShowOutsidersNothingOfTheDrafts() {
        String owner = Tokens.uniqueSubject("kb-owner");
        String first = draft(Map.of("owner_subject", owner));
        String second = draft(Map.of("owner_subject", owner));
        List<Outsider> outsiders = outsiders();
        for (Map<String, ?> filter : List.of(Map.<String, Object>of(), Map.of("state", "DRAFT"))) {
            ObjectAccessMatrix.assertListHides(ARTICLES, filter, first, outsiders);
            ObjectAccessMatrix.assertListHides(ARTICLES, filter, second, outsiders);
        }
        List<Outsider> others = new ArrayList<>(outsiders);
        others.add(new Outsider(Tokens.uniqueSubject("kb-helpdesk"), "helpdesk"));
        ObjectAccessMatrix.assertCursorRefused(
                ARTICLES, Map.of("state", "DRAFT"), new Outsider(owner, "maker"), others);
    }

    private static void assertUntouchableBy(String draft, String owner, List<Outsider> outsiders) {
        String before = as(owner, "maker")
                .when()
                .get(ARTICLES + "/" + draft)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        ObjectAccessMatrix.assertNotFoundForOutsiders(ARTICLES + "/" + draft, PROBES, outsiders);

        assertThat(as(owner, "maker")
                        .when()
                        .get(ARTICLES + "/" + draft)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .as("the draft after every outsider's attempt")
                .isEqualTo(before);
    }

    /** Strangers, a member of an unrelated team and an integration. */
    private static List<Outsider> outsiders() {
        String otherMember = Tokens.uniqueSubject("other-member");
        Fixtures.addMember(Fixtures.createTeam("BUSINESS_UNIT"), otherMember, "MEMBER");
        return ObjectAccessMatrix.strangersAnd(
                new Outsider(otherMember, "maker"), new Outsider(Tokens.uniqueSubject("integration"), "integration"));
    }

    /** A help-desk agent writes a draft for the given owner. */
    private static String draft(Map<String, Object> owner) {
        Map<String, Object> body = new HashMap<>(owner);
        body.put("title", Fixtures.uniqueName("bola-draft"));
        body.put("body", "Steps nobody else should read yet.");
        body.put("language", "english");
        return jsonAs(Tokens.uniqueSubject("kb-agent"), "helpdesk")
                .body(body)
                .when()
                .post(ARTICLES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
