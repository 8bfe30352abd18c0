package io.tierdesk.security;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.SOLUTIONS;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.raiseTicket;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Tokens;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Broken object-level and object-property-level authorization. For each object a maker owns, every other party
 * (another maker, a partner, a member of an unrelated team) gets the answer for a nonexistent object (404, or the
 * role gate's 403) on every read, change and sub-resource, lists
 * filtered to the owner do not show the object, and a cursor issued to the owner is refused for anyone else. Fields
 * the server owns cannot be set: the request schemas do not have them, so they are unknown properties (400).
 */
@QuarkusTest
class ObjectLevelAccessTest {

    /** A party that must not reach the owner's objects. */
    private record Outsider(String subject, String role) {}

    /** One way of touching an object: method, path below the object, body (or null). */
    private record Probe(String method, String suffix, Map<String, Object> body) {}

    @Test
    void foreignTicketsAreNotFoundOnEveryOperation() {
        String owner = Tokens.uniqueSubject("bola-owner");
        String ticket = raiseTicket(owner, "HOW_TO");
        List<Probe> probes = List.of(
                new Probe("GET", "", null),
                new Probe("PATCH", "", Map.of("title", "hijacked")),
                new Probe("POST", "/transitions", Map.of("to_status", "CLOSED")),
                new Probe("POST", "/escalations", Map.of("to_level", "HELP_DESK", "reason", "hijack")),
                new Probe("GET", "/comments", null),
                new Probe("POST", "/comments", Map.of("body", "hijacked")),
                new Probe("GET", "/history", null),
                new Probe("GET", "/sla", null));
        assertNotFoundForOutsiders(ticketPath(ticket), probes, owner);
        as(owner, "maker")
                .when()
                .get(ticketPath(ticket))
                .then()
                .statusCode(200)
                .body("title", org.hamcrest.Matchers.not(equalTo("hijacked")));
        as(owner, "maker")
                .when()
                .get(ticketPath(ticket, "comments"))
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void foreignSolutionsAreNotFoundOnEveryOperation() {
        String owner = Tokens.uniqueSubject("bola-owner");
        String solution = Fixtures.registerAsMaker(owner);
        List<Probe> probes = List.of(
                new Probe("GET", "", null),
                new Probe("PATCH", "", Map.of("name", "hijacked")),
                new Probe("POST", "/archive", null),
                new Probe("GET", "/usage", null),
                new Probe("GET", "/compliance", null));
        assertNotFoundForOutsiders(SOLUTIONS + "/" + solution, probes, owner);
        as(owner, "maker")
                .when()
                .get(SOLUTIONS + "/" + solution)
                .then()
                .statusCode(200)
                .body("lifecycle_state", org.hamcrest.Matchers.not(equalTo("ARCHIVED")));
    }

    @Test
    void listsFilteredToAnotherOwnerShowNothingOfTheirs() {
        String owner = Tokens.uniqueSubject("bola-owner");
        String ticket = raiseTicket(owner, "HOW_TO");
        String solution = Fixtures.registerAsMaker(owner);
        for (Outsider outsider : outsiders()) {
            List<String> tickets = as(outsider.subject(), outsider.role())
                    .queryParam("requester", owner)
                    .when()
                    .get(TICKETS)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            assertThat(tickets).as("tickets seen by " + outsider).doesNotContain(ticket);
            List<String> solutions = as(outsider.subject(), outsider.role())
                    .queryParam("maker", owner)
                    .when()
                    .get(SOLUTIONS)
                    .then()
                    .statusCode(200)
                    .extract()
                    .path("items.id");
            assertThat(solutions).as("solutions seen by " + outsider).doesNotContain(solution);
        }
    }

    @Test
    void aCursorWorksOnlyForTheCallerItWasIssuedTo() {
        String owner = Tokens.uniqueSubject("bola-owner");
        raiseTicket(owner, "HOW_TO");
        raiseTicket(owner, "HOW_TO");
        String cursor = as(owner, "maker")
                .queryParam("limit", 1)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .extract()
                .path("next_cursor");
        assertThat(cursor).isNotNull();
        as(owner, "maker")
                .queryParam("cursor", cursor)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200);
        for (Outsider outsider : outsiders()) {
            as(outsider.subject(), outsider.role())
                    .queryParam("cursor", cursor)
                    .when()
                    .get(TICKETS)
                    .then()
                    .statusCode(400)
                    .contentType(Fixtures.PROBLEM_JSON)
                    .body("type", equalTo("/problems/invalid-cursor"));
        }
        // Staff who see every ticket still cannot replay someone else's position.
        as(Tokens.uniqueSubject("helpdesk"), "helpdesk")
                .queryParam("cursor", cursor)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(400);
    }

    @Test
    void serverOwnedTicketFieldsCannotBeSet() {
        String owner = Tokens.uniqueSubject("mass-assign");
        Map<String, Object> serverOwned = new LinkedHashMap<>();
        serverOwned.put("id", "00000000-0000-0000-0000-000000000001");
        serverOwned.put("status", "CLOSED");
        serverOwned.put("support_level", "VENDOR");
        serverOwned.put("tier_id", "CRITICAL");
        serverOwned.put("team_id", "00000000-0000-0000-0000-000000000002");
        serverOwned.put("breached", true);
        serverOwned.put("due_at", "2099-01-01T00:00:00Z");
        serverOwned.put("version", 99);
        serverOwned.put("created_at", "2000-01-01T00:00:00Z");
        serverOwned.put("reopen_count", 7);
        for (Map.Entry<String, Object> field : serverOwned.entrySet()) {
            Map<String, Object> body = new HashMap<>(ticketBody());
            body.put(field.getKey(), field.getValue());
            jsonAs(owner, "maker")
                    .body(body)
                    .when()
                    .post(TICKETS)
                    .then()
                    .statusCode(400)
                    .contentType(Fixtures.PROBLEM_JSON)
                    .body("errors.field", hasItem(field.getKey()));
        }
        List<?> created =
                as(owner, "maker").when().get(TICKETS).then().extract().path("items");
        assertThat(created).isEmpty();

        String ticket = raiseTicket(owner, "HOW_TO");
        Response before = as(owner, "maker").when().get(ticketPath(ticket));
        for (Map.Entry<String, Object> field : serverOwned.entrySet()) {
            jsonAs(owner, "maker")
                    .body(Map.of(field.getKey(), field.getValue()))
                    .when()
                    .patch(ticketPath(ticket))
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem(field.getKey()));
        }
        jsonAs(owner, "maker")
                .body(Map.of("requester", "someone-else"))
                .when()
                .patch(ticketPath(ticket))
                .then()
                .statusCode(400);
        as(owner, "maker")
                .when()
                .get(ticketPath(ticket))
                .then()
                .statusCode(200)
                .body("version", equalTo(before.path("version")))
                .body("status", equalTo(before.path("status")))
                .body("support_level", equalTo(before.path("support_level")))
                .body("requester", equalTo(owner));
    }

    @Test
    void makersCannotSetTheirSolutionsTierOrSupportLevel() {
        String owner = Tokens.uniqueSubject("mass-assign");
        String solution = Fixtures.registerAsMaker(owner);
        Response before = as(owner, "maker").when().get(SOLUTIONS + "/" + solution);
        jsonAs(owner, "maker")
                .body(Map.of("tier_id", "CRITICAL"))
                .when()
                .patch(SOLUTIONS + "/" + solution)
                .then()
                .statusCode(403);
        jsonAs(owner, "maker")
                .body(Map.of("support_level", "PLATFORM"))
                .when()
                .patch(SOLUTIONS + "/" + solution)
                .then()
                .statusCode(403);
        for (String field : List.of("id", "maker", "version", "created_at", "updated_at")) {
            jsonAs(owner, "maker")
                    .body(Map.of(field, "x"))
                    .when()
                    .patch(SOLUTIONS + "/" + solution)
                    .then()
                    .statusCode(400)
                    .body("errors.field", hasItem(field));
        }
        as(owner, "maker")
                .when()
                .get(SOLUTIONS + "/" + solution)
                .then()
                .statusCode(200)
                .body("tier_id", equalTo(before.path("tier_id")))
                .body("version", equalTo(before.path("version")))
                .body("maker", equalTo(owner));
    }

    /**
     * A foreign object must answer exactly like one that does not exist: 404, or 403 when the caller's role may not
     * call the operation at all (the role gate answers before anything is looked up, so it reveals nothing).
     */
    private static void assertNotFoundForOutsiders(String object, List<Probe> probes, String owner) {
        String nowhere = object.substring(0, object.lastIndexOf('/') + 1) + UUID.randomUUID();
        List<String> violations = new ArrayList<>();
        for (Outsider outsider : outsiders()) {
            for (Probe probe : probes) {
                int foreign = call(outsider, probe, object).statusCode();
                int missing = call(outsider, probe, nowhere).statusCode();
                if (foreign != missing || (foreign != 404 && foreign != 403)) {
                    violations.add(probe.method() + " " + probe.suffix() + " as " + outsider + " of " + owner + ": "
                            + foreign + " (nonexistent: " + missing + ")");
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    private static Response call(Outsider outsider, Probe probe, String object) {
        var request = jsonAs(outsider.subject(), outsider.role());
        if (probe.body() != null) {
            request.body(probe.body());
        }
        Response response = request.when().request(probe.method(), object + probe.suffix());
        assertThat(response.contentType()).startsWith(Fixtures.PROBLEM_JSON);
        return response;
    }

    /** Another maker, a partner outside every team, and a maker who leads an unrelated team. */
    private static List<Outsider> outsiders() {
        String teamLead = Tokens.uniqueSubject("other-team-lead");
        Fixtures.addMember(Fixtures.createTeam("PARTNER"), teamLead, "LEAD");
        return List.of(
                new Outsider(Tokens.uniqueSubject("other-maker"), "maker"),
                new Outsider(Tokens.uniqueSubject("partner"), "partner"),
                new Outsider(teamLead, "maker"));
    }

    private static Map<String, Object> ticketBody() {
        return Map.of("category", "HOW_TO", "title", Fixtures.uniqueName("bola"));
    }
}
