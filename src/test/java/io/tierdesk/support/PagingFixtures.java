package io.tierdesk.support;

import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TEAMS;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.ticketAbout;

import io.tierdesk.client.model.TicketPriority;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Teams with escalation policies, and tickets held by them, for the paging tests. */
public final class PagingFixtures {

    private PagingFixtures() {}

    /** A crew whose team holds {@code ticket} (a P1 about a Critical solution it owns, moved to the team). */
    public record Held(Fixtures.Crew crew, String solution, String ticket) {}

    /** One level of a policy: a person, with the minutes they have to acknowledge. */
    public static Map<String, Object> person(String subject, int minutes) {
        return Map.of("delay_minutes", minutes, "subject", subject);
    }

    /** The crew's lead creates an escalation policy for its team; returns its id. */
    public static String policy(Fixtures.Crew crew, int repeat, List<Map<String, Object>> levels) {
        Map<String, Object> body = new HashMap<>();
        body.put("team_id", crew.teamId());
        body.put("name", Fixtures.uniqueName("policy"));
        body.put("levels", levels);
        body.put("repeat", repeat);
        return jsonAs(crew.lead(), "maker")
                .body(body)
                .when()
                .post("/api/v1/escalation-policies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** The crew's lead makes the policy the one its team's pages follow. */
    public static void choosePolicy(Fixtures.Crew crew, String policyId) {
        Map<String, Object> choice = new HashMap<>();
        choice.put("id", policyId);
        jsonAs(crew.lead(), "maker")
                .body(Map.of("escalation_policy", choice))
                .when()
                .patch(TEAMS + "/" + crew.teamId())
                .then()
                .statusCode(200);
    }

    /** A P1 ticket about a Critical solution the crew's team owns, raised by the help desk. */
    public static String criticalTicket(Fixtures.Crew crew, String title) {
        String solution = registerSolution("critical", Tokens.uniqueSubject("maker"), crew.teamId());
        return raiseTicket(ticketAbout("BUG", solution).title(title).priority(TicketPriority.P1));
    }

    /** A Critical ticket moved by the help desk to the crew's team. */
    public static Held heldBy(Fixtures.Crew crew) {
        String solution = registerSolution("critical", Tokens.uniqueSubject("maker"), crew.teamId());
        String ticket = raiseTicket(ticketAbout("BUG", solution).title("Down").priority(TicketPriority.P1));
        jsonAs(Tokens.uniqueSubject("agent"), "helpdesk")
                .body(Map.of("to_level", "TEAM", "reason", "The team runs it."))
                .when()
                .post(TICKETS + "/" + ticket + "/reroute")
                .then()
                .statusCode(200);
        return new Held(crew, solution, ticket);
    }

    /** Raises a page by hand as the given caller; returns the page's id. */
    public static String raise(String ticket, String subject, String role) {
        return jsonAs(subject, role)
                .body(Map.of("reason", "Everything is down."))
                .when()
                .post(TICKETS + "/" + ticket + "/pages")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
