package io.tierdesk.webhook;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Tokens.uniqueSubject;

import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders for the webhook tests: subscriptions, and tickets routed to a team of the test's own. */
final class WebhookSupport {

    static final String WEBHOOKS = Paths.WEBHOOKS;
    static final String TICKETS = Paths.TICKETS;

    private WebhookSupport() {}

    /** A team with a solution in the Important tier that it owns; bugs about the solution go to the team. */
    record Team(String teamId, String solutionId) {

        static Team create() {
            String teamId = Fixtures.createTeam("BUSINESS_UNIT");
            return new Team(teamId, registerSolution("important", uniqueSubject("maker"), teamId));
        }

        /** A help-desk agent raises a bug about the team's solution; returns the ticket id. */
        String raiseTicket(String title) {
            return jsonAs(uniqueSubject("agent"), "helpdesk")
                    .body(Map.of("category", "BUG", "title", title, "solution_id", solutionId))
                    .when()
                    .post(TICKETS)
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
        }
    }

    static void retitle(String ticketId, String title) {
        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("title", title))
                .when()
                .patch(TICKETS + "/" + ticketId)
                .then()
                .statusCode(200);
    }

    /** Subscribes as an integration; returns the creation response as a map (it holds the secret). */
    static Map<String, Object> subscribe(String integration, String url, List<String> eventTypes, String teamId) {
        Map<String, Object> body = new HashMap<>();
        body.put("target_url", url);
        body.put("event_types", eventTypes);
        if (teamId != null) {
            body.put("team_ids", List.of(teamId));
        }
        return jsonAs(integration, "integration")
                .body(body)
                .when()
                .post(WEBHOOKS)
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
    }

    static List<Map<String, Object>> deliveries(String integration, Object subscriptionId) {
        return as(integration, "integration")
                .queryParam("limit", 200)
                .when()
                .get(WEBHOOKS + "/" + subscriptionId + "/deliveries")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
    }

    static void unsubscribe(String integration, Object subscriptionId) {
        as(integration, "integration")
                .when()
                .delete(WEBHOOKS + "/" + subscriptionId)
                .then()
                .statusCode(204);
    }
}
