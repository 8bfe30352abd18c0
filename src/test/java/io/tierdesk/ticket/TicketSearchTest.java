package io.tierdesk.ticket;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tierdesk.support.Fixtures;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code q} on the ticket list: words of the title, description and public comments (English and Spanish, as the
 * knowledge base), an exact ticket id or external reference, always within what the caller may see, keyset-paged.
 */
@QuarkusTest
class TicketSearchTest {

    private String helpdesk;

    @BeforeEach
    void teams() {
        Fixtures.createTeam("HELP_DESK");
        Fixtures.createTeam("PLATFORM");
        helpdesk = uniqueSubject("agent");
    }

    @Test
    void findsWordsOfTheTitleTheDescriptionAndPublicCommentsButNotOfInternalNotes() {
        String requester = uniqueSubject("employee");
        String inTitle = word();
        String inDescription = word();
        String inComment = word();
        String inNote = word();
        String titled = raise(requester, "Cannot open " + inTitle, null);
        String described = raise(requester, "Broken screen", "The " + inDescription + " page stays blank");
        String commented = raise(requester, "Slow", null);
        comment(requester, "requester", commented, "It happens on the " + inComment + " screen", "PUBLIC");
        comment(helpdesk, "helpdesk", commented, "Check " + inNote + " logs", "INTERNAL");

        assertThat(search(requester, "requester", inTitle)).containsExactly(titled);
        assertThat(search(requester, "requester", inDescription)).containsExactly(described);
        assertThat(search(requester, "requester", inComment)).containsExactly(commented);
        assertThat(search(helpdesk, "helpdesk", inComment)).containsExactly(commented);
        assertThat(search(helpdesk, "helpdesk", inNote)).isEmpty();
        assertThat(search(requester, "requester", inNote)).isEmpty();
    }

    @Test
    void anEditedTicketIsFoundByItsNewWordsOnlyAndOtherChangesKeepItsWords() {
        String requester = uniqueSubject("employee");
        String oldTitle = word();
        String oldDescription = word();
        String newTitle = word();
        String newDescription = word();
        String inComment = word();
        String ticket = raise(requester, "About " + oldTitle, "See " + oldDescription);
        comment(requester, "requester", ticket, "Also " + inComment, "PUBLIC");

        jsonAs(requester, "requester")
                .body(Map.of("title", "About " + newTitle, "description", "See " + newDescription))
                .when()
                .patch(ticketPath(ticket))
                .then()
                .statusCode(200);
        jsonAs(helpdesk, "helpdesk")
                .body(Map.of("to_status", "TRIAGED"))
                .when()
                .post(ticketPath(ticket, "transitions"))
                .then()
                .statusCode(200);

        assertThat(search(requester, "requester", newTitle)).containsExactly(ticket);
        assertThat(search(requester, "requester", newDescription)).containsExactly(ticket);
        assertThat(search(requester, "requester", inComment)).containsExactly(ticket);
        assertThat(search(requester, "requester", oldTitle)).isEmpty();
        assertThat(search(requester, "requester", oldDescription)).isEmpty();
    }

    @Test
    void matchesEnglishAndSpanishWordForms() {
        String requester = uniqueSubject("employee");
        String marker = word();
        String english = raise(requester, marker + " printing invoices fails", null);
        String spanish = raise(requester, marker + " no puedo imprimiendo", "Las facturas no salen");

        assertThat(search(requester, "requester", marker + " printed invoice")).containsExactly(english);
        assertThat(search(requester, "requester", marker + " imprimir")).containsExactly(spanish);
        assertThat(search(requester, "requester", marker)).containsExactlyInAnyOrder(english, spanish);
    }

    @Test
    void findsATicketByItsIdOrAnExternalReference() {
        String requester = uniqueSubject("employee");
        String incident = "INC" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);
        Map<String, Object> body = new HashMap<>(Map.of("category", "HOW_TO", "title", "Mirrored"));
        body.put("external_refs", List.of(Map.of("system", "servicenow", "external_id", incident)));
        String mirrored = jsonAs(requester, "requester")
                .body(body)
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(search(requester, "requester", incident)).containsExactly(mirrored);
        assertThat(search(helpdesk, "helpdesk", incident)).containsExactly(mirrored);
        assertThat(search(requester, "requester", mirrored)).containsExactly(mirrored);
    }

    @Test
    void searchesOnlyWhatTheCallerMaySee() {
        String owner = uniqueSubject("employee");
        String other = uniqueSubject("colleague");
        String secret = word();
        String ticket = raise(owner, "About " + secret, null);

        assertThat(search(other, "requester", secret)).isEmpty();
        assertThat(search(other, "requester", ticket)).isEmpty();
        assertThat(search(uniqueSubject("maker"), "maker", secret)).isEmpty();
        assertThat(search(helpdesk, "helpdesk", secret)).containsExactly(ticket);
        assertThat(search(owner, "requester", secret)).containsExactly(ticket);
    }

    @Test
    void pagesNewestFirstWithACursorBoundToTheSearch() {
        String requester = uniqueSubject("employee");
        String shared = word();
        List<String> raised = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            raised.add(raise(requester, shared + " issue " + i, null));
        }
        Response first = as(requester, "requester")
                .queryParam("q", shared)
                .queryParam("limit", 2)
                .when()
                .get(TICKETS);
        assertThat(first.statusCode()).isEqualTo(200);
        List<String> seen = new ArrayList<>(first.jsonPath().getList("items.id"));
        String cursor = first.jsonPath().getString("next_cursor");
        assertThat(cursor).isNotNull();
        Response second = as(requester, "requester")
                .queryParam("q", shared)
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .when()
                .get(TICKETS);
        assertThat(second.statusCode()).isEqualTo(200);
        seen.addAll(second.jsonPath().getList("items.id"));
        assertThat(second.jsonPath().getString("next_cursor")).isNull();
        assertThat(seen).hasSize(3).containsExactlyInAnyOrderElementsOf(raised);

        as(requester, "requester")
                .queryParam("q", word())
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(400);
    }

    private static List<String> search(String subject, String role, String q) {
        return as(subject, role)
                .queryParam("q", q)
                .queryParam("limit", 200)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    private static String raise(String requester, String title, String description) {
        Map<String, Object> body = new HashMap<>(Map.of("category", "HOW_TO", "title", title));
        if (description != null) {
            body.put("description", description);
        }
        return jsonAs(requester, "requester")
                .body(body)
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static void comment(String subject, String role, String ticket, String text, String visibility) {
        jsonAs(subject, role)
                .body(Map.of("body", text, "visibility", visibility))
                .when()
                .post(ticketPath(ticket, "comments"))
                .then()
                .statusCode(201);
    }

    /** A made-up word no other test writes: letters only, so that it is one lexeme in every language. */
    private static String word() {
        StringBuilder word = new StringBuilder("zq");
        for (char c :
                UUID.randomUUID().toString().replace("-", "").substring(0, 10).toCharArray()) {
            word.append((char) ('a' + Character.digit(c, 16) % 26));
        }
        return word.toString();
    }
}
