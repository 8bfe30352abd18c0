package io.tierdesk.security;

import static io.tierdesk.security.ObjectAccessMatrix.API;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.PagingFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.security.ObjectAccessMatrix.Outsider;
import io.tierdesk.security.ObjectAccessMatrix.Probe;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.PagingFixtures;
import io.tierdesk.support.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A page is reached by whoever sees its ticket, its team and whoever was notified; nobody else reads, acknowledges,
 * hands back or resolves it, by id or through the lists' filters.
 */
@QuarkusTest
class PageObjectAccessTest {

    private static final String PAGES = API + "/pages";

    private static final List<Probe> PROBES = List.of(
            Probe.of("GET", ""),
            Probe.of("POST", "/acknowledge"),
            Probe.of("POST", "/unacknowledge"),
            Probe.of("POST", "/resolve"));

    @Test
    void everyOperationIsProbed() {
        ObjectAccessMatrix.assertProbesCoverTheContract("/pages/{page_id}", PROBES);
    }

    @Test
    void anotherTeamsPageIsNotFoundOnEveryOperation() {
        Fixtures.Crew crew = Fixtures.crew("BUSINESS_UNIT");
        PagingFixtures.choosePolicy(crew, PagingFixtures.policy(crew, 0, List.of(person(crew.first(), 15))));
        PagingFixtures.Held held = PagingFixtures.heldBy(crew);
        String page = PagingFixtures.raise(held.ticket(), Tokens.uniqueSubject("agent"), "helpdesk");
        String before = read(crew.lead(), page);

        ObjectAccessMatrix.assertNotFoundForOutsiders(PAGES + "/" + page, PROBES, outsiders());

        assertThat(read(crew.lead(), page))
                .as("the page after every outsider's attempt")
                .isEqualTo(before);
        List<Map<String, ?>> filters =
                List.of(Map.of(), Map.of("team_id", crew.teamId()), Map.of("status", "TRIGGERED"));
        List<Outsider> outsiders = outsiders();
        for (Map<String, ?> filter : filters) {
            ObjectAccessMatrix.assertListHides(PAGES, filter, page, outsiders);
        }
    }

    private static String read(String subject, String page) {
        return as(subject, "maker")
                .when()
                .get(PAGES + "/" + page)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    /** Strangers, a member of an unrelated team, and automation, which belongs to no team. */
    private static List<Outsider> outsiders() {
        String otherMember = Tokens.uniqueSubject("other-member");
        Fixtures.addMember(Fixtures.createTeam("BUSINESS_UNIT"), otherMember, "MEMBER");
        return ObjectAccessMatrix.strangersAnd(
                new Outsider(otherMember, "maker"), new Outsider(Tokens.uniqueSubject("automation"), "automation"));
    }
}
