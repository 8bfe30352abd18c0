package io.tierdesk.security;

import static io.tierdesk.security.ObjectAccessMatrix.API;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.security.ObjectAccessMatrix.Outsider;
import io.tierdesk.security.ObjectAccessMatrix.Probe;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every ticket and solution operation the contract defines, probed by parties with a scope of their own: a
 * partner of another partner team, a member of an unrelated team and provisioning automation (which sees only the
 * tickets it raised) and an employee with the requester role reach nothing of a ticket routed to a partner team; strangers nothing of a maker's solution.
 */
@QuarkusTest
class TicketObjectAccessTest {

    private static final String TICKETS = API + "/tickets";
    private static final String SOLUTIONS = API + "/solutions";

    private static final List<Probe> TICKET_PROBES = List.of(
            Probe.of("GET", ""),
            Probe.of("PATCH", "", Map.of("title", "hijacked")),
            Probe.of("POST", "/transitions", Map.of("to_status", "CLOSED")),
            Probe.of(
                    "POST",
                    "/escalations",
                    Map.of("to_level", "VENDOR", "reason", "hijack", "vendor_case_ref", "CASE-HIJACK")),
            Probe.of("POST", "/reroute", Map.of("to_level", "HELP_DESK", "reason", "hijack")),
            Probe.of("GET", "/comments"),
            Probe.of("POST", "/comments", Map.of("body", "hijacked")),
            Probe.of("GET", "/history"),
            Probe.of("GET", "/sla"),
            Probe.of("GET", "/pages"),
            Probe.of("POST", "/pages", Map.of("reason", "hijack")),
            Probe.of("POST", "/knowledge-draft", Map.of("language", "english")),
            Probe.of(
                    "PUT",
                    "/knowledge-link",
                    Map.of("article_id", UUID.randomUUID().toString())),
            Probe.of(
                    "POST",
                    "/advisory-links",
                    Map.of("advisory_id", UUID.randomUUID().toString())));

    private static final List<Probe> SOLUTION_PROBES = List.of(
            Probe.of("GET", ""),
            Probe.of("PATCH", "", Map.of("name", "hijacked")),
            Probe.of("POST", "/archive"),
            Probe.of("GET", "/usage"),
            Probe.of(
                    "POST",
                    "/usage",
                    Map.of(
                            "day",
                            "2026-11-26",
                            "shared_users",
                            1,
                            "shared_groups",
                            0,
                            "launches_30d",
                            1,
                            "business_units",
                            1)),
            Probe.of("GET", "/compliance"));

    @Test
    void everyOperationIsProbed() {
        ObjectAccessMatrix.assertProbesCoverTheContract("/tickets/{ticket_id}", TICKET_PROBES);
        ObjectAccessMatrix.assertProbesCoverTheContract("/solutions/{solution_id}", SOLUTION_PROBES);
    }

    @Test
    void aTicketRoutedToOnePartnerTeamIsNotFoundForEveryoneOutsideIt() {
        String partnerTeam = Fixtures.createTeam("PARTNER");
        String partner = Tokens.uniqueSubject("partner");
        Fixtures.addMember(partnerTeam, partner, "MEMBER");
        String ticket = routedToPartners(partnerTeam);
        as(partner, "partner").when().get(TICKETS + "/" + ticket).then().statusCode(200);
        String before = ticketState(ticket);

        ObjectAccessMatrix.assertNotFoundForOutsiders(TICKETS + "/" + ticket, TICKET_PROBES, outsiders());

        assertThat(ticketState(ticket))
                .as("the ticket after every outsider's attempt")
                .isEqualTo(before);
    }

    @Test
    void aMakersSolutionIsNotFoundOnEveryOperation() {
        String owner = Tokens.uniqueSubject("solution-owner");
        String solution = Fixtures.registerAsMaker(owner);
        String before = as(owner, "maker")
                .when()
                .get(SOLUTIONS + "/" + solution)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        List<Outsider> outsiders = new ArrayList<>(outsiders());
        outsiders.removeIf(outsider -> outsider.role().equals("automation"));
        ObjectAccessMatrix.assertNotFoundForOutsiders(SOLUTIONS + "/" + solution, SOLUTION_PROBES, outsiders);

        assertThat(as(owner, "maker")
                        .when()
                        .get(SOLUTIONS + "/" + solution)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .as("the solution after every outsider's attempt")
                .isEqualTo(before);
        as(owner, "maker")
                .when()
                .get(SOLUTIONS + "/" + solution + "/usage")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(0));
    }

    @Test
    void aPartnerTeamsQueueAndCursorShowOtherPartnersNothing() {
        String partnerTeam = Fixtures.createTeam("PARTNER");
        String partner = Tokens.uniqueSubject("partner");
        Fixtures.addMember(partnerTeam, partner, "MEMBER");
        String first = routedToPartners(partnerTeam);
        String second = routedToPartners(partnerTeam);
        List<Outsider> outsiders = outsiders();
        for (Map<String, ?> filter :
                List.of(Map.<String, Object>of(), Map.of("team_id", partnerTeam), Map.of("level", "PARTNER"))) {
            ObjectAccessMatrix.assertListHides(TICKETS, filter, first, outsiders);
            ObjectAccessMatrix.assertListHides(TICKETS, filter, second, outsiders);
        }
        ObjectAccessMatrix.assertCursorRefused(
                TICKETS, Map.of("team_id", partnerTeam), new Outsider(partner, "partner"), outsiders);
    }

    /** Strangers, a partner of another partner team, a member of an unrelated team, and automation. */
    private static List<Outsider> outsiders() {
        String otherPartner = Tokens.uniqueSubject("other-partner");
        Fixtures.addMember(Fixtures.createTeam("PARTNER"), otherPartner, "MEMBER");
        String otherMember = Tokens.uniqueSubject("other-member");
        Fixtures.addMember(Fixtures.createTeam("BUSINESS_UNIT"), otherMember, "MEMBER");
        return ObjectAccessMatrix.strangersAnd(
                new Outsider(otherPartner, "partner"),
                new Outsider(otherMember, "maker"),
                new Outsider(Tokens.uniqueSubject("automation"), "automation"));
    }

    /** A platform issue the help desk escalated to the partner team. */
    private static String routedToPartners(String partnerTeam) {
        String ticket = jsonAs(Tokens.uniqueSubject("user"), "maker")
                .body(Map.of("category", "PLATFORM_ISSUE", "title", Fixtures.uniqueName("bola-partner")))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        jsonAs(Tokens.uniqueSubject("agent"), "helpdesk")
                .body(Map.of("to_level", "PARTNER", "reason", "Partner support", "team_id", partnerTeam))
                .when()
                .post(TICKETS + "/" + ticket + "/escalations")
                .then()
                .statusCode(200);
        return ticket;
    }

    /** The ticket and its comments as an admin sees them. */
    private static String ticketState(String ticket) {
        String admin = Tokens.uniqueSubject("bola-admin");
        return as(admin, "admin")
                        .when()
                        .get(TICKETS + "/" + ticket)
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString()
                + as(admin, "admin")
                        .when()
                        .get(TICKETS + "/" + ticket + "/comments")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString();
    }
}
