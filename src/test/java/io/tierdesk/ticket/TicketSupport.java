package io.tierdesk.ticket;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Tokens.uniqueSubject;

import io.restassured.response.ValidatableResponse;
import io.tierdesk.support.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders for the ticket HTTP tests; every ticket and solution they make belongs to unique subjects. */
final class TicketSupport {

    static final String TICKETS = "/api/v1/tickets";
    static final String AUDIT = "/api/v1/audit-events";

    private static volatile boolean defaultTeamsEnsured;

    private TicketSupport() {
    }

    static String path(String id) {
        return TICKETS + "/" + id;
    }

    static String path(String id, String sub) {
        return TICKETS + "/" + id + "/" + sub;
    }

    /**
     * Makes sure a help desk and a platform team exist, so routing to those levels names a default team. Which team is
     * the default (the earliest of its kind) is up to whatever ran before; tests only check its kind.
     */
    static void ensureDefaultTeams() {
        if (!defaultTeamsEnsured) {
            Fixtures.createTeam("HELP_DESK");
            Fixtures.createTeam("PLATFORM");
            defaultTeamsEnsured = true;
        }
    }

    /** A ticket body of this category with a unique title. */
    static Map<String, Object> ticket(String category) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", category);
        body.put("title", Fixtures.uniqueName(category.toLowerCase()));
        return body;
    }

    static Map<String, Object> ticketAbout(String category, String solutionId) {
        Map<String, Object> body = ticket(category);
        body.put("solution_id", solutionId);
        return body;
    }

    /** The requester (a maker) raises the ticket; returns its id. */
    static String raise(String requester, Map<String, Object> body) {
        return jsonAs(requester, "maker").body(body)
                .when().post(TICKETS)
                .then().statusCode(201)
                .extract().path("id");
    }

    static String raise(String requester, String category) {
        return raise(requester, ticket(category));
    }

    /** Platform staff register a solution of this tier for the maker, optionally owned by a team; returns its id. */
    static String registerSolution(String tier, String maker, String owningTeamId) {
        Map<String, Object> body = Fixtures.solution("ticketed");
        body.put("tier_id", tier);
        body.put("maker", maker);
        if (owningTeamId != null) {
            body.put("owning_team_id", owningTeamId);
        }
        return Fixtures.register(uniqueSubject("platform"), "platform", body);
    }

    static ValidatableResponse transition(String id, String subject, String role, String toStatus) {
        return jsonAs(subject, role).body(Map.of("to_status", toStatus, "reason", "moving to " + toStatus))
                .when().post(path(id, "transitions"))
                .then();
    }

    /** A help-desk agent moves the ticket through these statuses, each move expected to succeed. */
    static void walk(String id, String... statuses) {
        String agent = uniqueSubject("agent");
        for (String status : statuses) {
            transition(id, agent, "helpdesk", status).statusCode(200);
        }
    }

    /** The moves from NEW that reach each status. */
    static String[] stepsTo(String status) {
        return switch (status) {
            case "NEW" -> new String[] {};
            case "TRIAGED" -> new String[] { "TRIAGED" };
            case "IN_PROGRESS" -> new String[] { "TRIAGED", "IN_PROGRESS" };
            case "WAITING_ON_REQUESTER" -> new String[] { "TRIAGED", "IN_PROGRESS", "WAITING_ON_REQUESTER" };
            case "WAITING_ON_VENDOR" -> new String[] { "TRIAGED", "IN_PROGRESS", "WAITING_ON_VENDOR" };
            case "RESOLVED" -> new String[] { "TRIAGED", "IN_PROGRESS", "RESOLVED" };
            case "CLOSED" -> new String[] { "TRIAGED", "IN_PROGRESS", "RESOLVED", "CLOSED" };
            default -> throw new IllegalArgumentException(status);
        };
    }

    static ValidatableResponse escalate(String id, String subject, String role, Map<String, Object> body) {
        return jsonAs(subject, role).body(body)
                .when().post(path(id, "escalations"))
                .then();
    }

    static Map<String, Object> escalation(String toLevel, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("to_level", toLevel);
        body.put("reason", reason);
        return body;
    }

    /** Help desk escalates along its path; every step is expected to succeed. */
    static void escalateAsHelpDesk(String id, Map<String, Object> body) {
        escalate(id, uniqueSubject("agent"), "helpdesk", body).statusCode(200);
    }

    /** The ticket as an admin sees it. */
    static ValidatableResponse read(String id) {
        return as(uniqueSubject("admin"), "admin").when().get(path(id)).then().statusCode(200);
    }

    static String etag(String id) {
        return read(id).extract().header("ETag");
    }

    static List<Map<String, Object>> history(String id) {
        return as(uniqueSubject("admin"), "admin").queryParam("limit", 200).when().get(path(id, "history"))
                .then().statusCode(200).extract().path("items");
    }

    static String teamKind(String teamId) {
        return as(uniqueSubject("admin"), "admin").when().get(Fixtures.TEAMS + "/" + teamId)
                .then().statusCode(200).extract().path("kind");
    }

    /** Ids of the tickets an admin lists for a requester, newest first. */
    static List<String> idsRaisedBy(String requester) {
        return as(uniqueSubject("admin"), "admin").queryParam("requester", requester).queryParam("limit", 200)
                .when().get(TICKETS)
                .then().statusCode(200).extract().path("items.id");
    }
}
