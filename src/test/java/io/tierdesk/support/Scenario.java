package io.tierdesk.support;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.uniqueName;
import static io.tierdesk.support.Tokens.uniqueSubject;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.path.json.JsonPath;
import io.tierdesk.client.ApiClient;
import io.tierdesk.client.model.SolutionCreate;
import io.tierdesk.client.model.SolutionKind;
import io.tierdesk.client.model.TicketCategory;
import io.tierdesk.client.model.TicketCreate;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * The world an HTTP test sets up through the API: solutions and tickets with unique names, their request bodies typed
 * by the contract's generated client. Every step expects the API to accept it.
 */
public final class Scenario {

    /**
     * The generated client's own mapper (the contract's snake_case names, its date formats), leaving out what a test
     * did not set: nulls and the empty lists the client's models start with.
     */
    private static final ObjectMapper JSON =
            ApiClient.createDefaultObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_EMPTY);

    private static volatile boolean defaultTeamsEnsured;

    private Scenario() {}

    /** The request body as the API reads it. */
    public static String asJson(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Makes sure a help desk and a platform team exist, so routing to those levels names a default team. Which team is
     * the default (the earliest of its kind) is up to whatever ran before; tests only check its kind.
     */
    public static void ensureDefaultTeams() {
        if (!defaultTeamsEnsured) {
            Fixtures.createTeam("HELP_DESK");
            Fixtures.createTeam("PLATFORM");
            defaultTeamsEnsured = true;
        }
    }

    /** A minimal registration: a canvas app with a unique name. */
    public static SolutionCreate solution(String namePrefix) {
        return new SolutionCreate().name(uniqueName(namePrefix)).kind(SolutionKind.CANVAS_APP);
    }

    /** Registers the solution as this caller; returns its id. */
    public static String register(String subject, String role, SolutionCreate body) {
        return jsonAs(subject, role)
                .body(asJson(body))
                .when()
                .post(Paths.SOLUTIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Platform staff register a solution of this tier for the maker, optionally owned by a team; returns its id. */
    public static String registerSolution(String tier, String maker, String owningTeamId) {
        return register(uniqueSubject("platform"), "platform", solutionOf(tier, maker, owningTeamId));
    }

    /** A registration of this tier for the maker, optionally owned by a team, as platform staff send it. */
    public static SolutionCreate solutionOf(String tier, String maker, String owningTeamId) {
        return solution("ticketed").tierId(tier).maker(maker).owningTeamId(uuidOrNull(owningTeamId));
    }

    /** A ticket of this category with a unique title. */
    public static TicketCreate ticket(String category) {
        return new TicketCreate()
                .category(TicketCategory.fromValue(category))
                .title(uniqueName(category.toLowerCase()));
    }

    /** A ticket of this category about the solution, or about none when it is null. */
    public static TicketCreate ticketAbout(String category, String solutionId) {
        return ticket(category).solutionId(uuidOrNull(solutionId));
    }

    /** The requester (a maker) raises the ticket; returns it as the API answered. */
    public static JsonPath raiseTicketJson(String requester, TicketCreate body) {
        return jsonAs(requester, "maker")
                .body(asJson(body))
                .when()
                .post(Paths.TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    /** A requester of their own (a maker) raises the ticket; returns it as the API answered. */
    public static JsonPath raiseTicketJson(TicketCreate body) {
        return raiseTicketJson(uniqueSubject("user"), body);
    }

    /** A requester of their own (a maker) raises the ticket; returns its id. */
    public static String raiseTicket(TicketCreate body) {
        return raiseTicket(uniqueSubject("user"), body);
    }

    /** The requester (a maker) raises the ticket; returns its id. */
    public static String raiseTicket(String requester, TicketCreate body) {
        return raiseTicketJson(requester, body).getString("id");
    }

    /** The requester (a maker) raises a ticket of this category; returns its id. */
    public static String raiseTicket(String requester, String category) {
        return raiseTicket(requester, ticket(category));
    }

    /** Ids of the tickets an admin lists for a requester, newest first. */
    public static List<String> idsRaisedBy(String requester) {
        return as(uniqueSubject("admin"), "admin")
                .queryParam("requester", requester)
                .queryParam("limit", 200)
                .when()
                .get(Paths.TICKETS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    private static UUID uuidOrNull(String id) {
        return id == null ? null : UUID.fromString(id);
    }
}
