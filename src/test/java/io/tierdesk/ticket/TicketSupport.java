package io.tierdesk.ticket;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TEAMS;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.asJson;
import static io.tierdesk.support.Tokens.uniqueSubject;

import io.restassured.response.ValidatableResponse;
import io.tierdesk.client.model.SupportLevel;
import io.tierdesk.client.model.TicketEscalation;
import io.tierdesk.client.model.TicketStatus;
import io.tierdesk.client.model.TicketTransition;
import java.util.List;
import java.util.Map;

/** Ticket steps beyond raising one (see {@link io.tierdesk.support.Scenario}): moves, escalations, reads. */
final class TicketSupport {

    private TicketSupport() {}

    static ValidatableResponse transition(String id, String subject, String role, String toStatus) {
        TicketTransition body = new TicketTransition()
                .toStatus(TicketStatus.fromValue(toStatus))
                .reason("moving to " + toStatus);
        return jsonAs(subject, role)
                .body(asJson(body))
                .when()
                .post(ticketPath(id, "transitions"))
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
            case "TRIAGED" -> new String[] {"TRIAGED"};
            case "IN_PROGRESS" -> new String[] {"TRIAGED", "IN_PROGRESS"};
            case "WAITING_ON_REQUESTER" -> new String[] {"TRIAGED", "IN_PROGRESS", "WAITING_ON_REQUESTER"};
            case "WAITING_ON_VENDOR" -> new String[] {"TRIAGED", "IN_PROGRESS", "WAITING_ON_VENDOR"};
            case "RESOLVED" -> new String[] {"TRIAGED", "IN_PROGRESS", "RESOLVED"};
            case "CLOSED" -> new String[] {"TRIAGED", "IN_PROGRESS", "RESOLVED", "CLOSED"};
            default -> throw new IllegalArgumentException(status);
        };
    }

    static ValidatableResponse escalate(String id, String subject, String role, TicketEscalation body) {
        return jsonAs(subject, role)
                .body(asJson(body))
                .when()
                .post(ticketPath(id, "escalations"))
                .then();
    }

    static TicketEscalation escalation(String toLevel, String reason) {
        return new TicketEscalation().toLevel(SupportLevel.fromValue(toLevel)).reason(reason);
    }

    /** Help desk escalates along its path; every step is expected to succeed. */
    static void escalateAsHelpDesk(String id, TicketEscalation body) {
        escalate(id, uniqueSubject("agent"), "helpdesk", body).statusCode(200);
    }

    /** The ticket as an admin sees it. */
    static ValidatableResponse read(String id) {
        return as(uniqueSubject("admin"), "admin")
                .when()
                .get(ticketPath(id))
                .then()
                .statusCode(200);
    }

    static String etag(String id) {
        return read(id).extract().header("ETag");
    }

    static List<Map<String, Object>> history(String id) {
        return as(uniqueSubject("admin"), "admin")
                .queryParam("limit", 200)
                .when()
                .get(ticketPath(id, "history"))
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }

    static String teamKind(String teamId) {
        return as(uniqueSubject("admin"), "admin")
                .when()
                .get(TEAMS + "/" + teamId)
                .then()
                .statusCode(200)
                .extract()
                .path("kind");
    }
}
