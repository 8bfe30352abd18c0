package io.tierdesk.ticket;

import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.register;
import static io.tierdesk.support.Fixtures.solution;
import static io.tierdesk.support.Paths.TICKETS;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TicketFlowTest {

    @Test
    void bugAboutAProductivitySolutionGoesToItsMakerAndRunsToClosure() {
        String maker = Tokens.uniqueSubject("maker");
        String user = Tokens.uniqueSubject("user");
        String solutionId = register(maker, "maker", solution("flow"));

        String id = jsonAs(user, "maker")
                .body(Map.of("solution_id", solutionId, "category", "BUG", "title", "Broken", "priority", "P2"))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("support_level", equalTo("MAKER"))
                .body("assignee", equalTo(maker))
                .body("status", equalTo("NEW"))
                .body("tier_id", equalTo("productivity"))
                .extract()
                .path("id");

        jsonAs(maker, "maker")
                .body(Map.of("to_status", "TRIAGED"))
                .when()
                .post(TICKETS + "/" + id + "/transitions")
                .then()
                .statusCode(200);
        jsonAs(maker, "maker")
                .body(Map.of("to_status", "RESOLVED"))
                .when()
                .post(TICKETS + "/" + id + "/transitions")
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors.field", hasItem("reason"));
        jsonAs(maker, "maker")
                .body(Map.of("to_status", "CLOSED"))
                .when()
                .post(TICKETS + "/" + id + "/transitions")
                .then()
                .statusCode(409)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("type", equalTo("/problems/illegal-transition"));
        jsonAs(maker, "maker")
                .body(Map.of("body", "Looking at it"))
                .when()
                .post(TICKETS + "/" + id + "/comments")
                .then()
                .statusCode(201)
                .body("first_response", equalTo(true));
        jsonAs(maker, "maker")
                .body(Map.of("to_status", "IN_PROGRESS"))
                .when()
                .post(TICKETS + "/" + id + "/transitions")
                .then()
                .statusCode(200);
        jsonAs(maker, "maker")
                .body(Map.of("to_status", "RESOLVED"))
                .when()
                .post(TICKETS + "/" + id + "/transitions")
                .then()
                .statusCode(200)
                .body("resolved_at", notNullValue())
                .body("first_responded_at", notNullValue());
        jsonAs(user, "maker")
                .body(Map.of("to_status", "IN_PROGRESS"))
                .when()
                .post(TICKETS + "/" + id + "/transitions")
                .then()
                .statusCode(200)
                .body("reopen_count", equalTo(1))
                .body("resolved_at", nullValue());
    }

    @Test
    void accessRequestGoesToTheHelpDeskAndEscalatesToTheVendorWithACaseReference() {
        Fixtures.createTeam("HELP_DESK");
        Fixtures.createTeam("PLATFORM");
        String user = Tokens.uniqueSubject("user");
        String agent = Tokens.uniqueSubject("agent");
        String id = jsonAs(user, "maker")
                .body(Map.of("category", "ACCESS_REQUEST", "title", "Need access"))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("support_level", equalTo("HELP_DESK"))
                .extract()
                .path("id");
        jsonAs(agent, "helpdesk")
                .body(Map.of("to_level", "PLATFORM", "reason", "Needs the platform team"))
                .when()
                .post(TICKETS + "/" + id + "/escalations")
                .then()
                .statusCode(200)
                .body("support_level", equalTo("PLATFORM"));
        jsonAs(agent, "platform")
                .body(Map.of("to_level", "VENDOR", "reason", "Vendor bug"))
                .when()
                .post(TICKETS + "/" + id + "/escalations")
                .then()
                .statusCode(422)
                .contentType(Fixtures.PROBLEM_JSON);
        jsonAs(agent, "platform")
                .body(Map.of("to_level", "VENDOR", "reason", "Vendor bug", "vendor_case_ref", "CASE-1"))
                .when()
                .post(TICKETS + "/" + id + "/escalations")
                .then()
                .statusCode(200)
                .body("support_level", equalTo("VENDOR"))
                .body("vendor_case_ref", equalTo("CASE-1"));
        Fixtures.as(user, "maker")
                .when()
                .get(TICKETS + "/" + id + "/history")
                .then()
                .statusCode(200)
                .body("items.kind", org.hamcrest.Matchers.contains("ROUTED", "ESCALATED", "ESCALATED"));
        Fixtures.as(Tokens.uniqueSubject("stranger"), "maker")
                .when()
                .get(TICKETS + "/" + id)
                .then()
                .statusCode(404)
                .contentType(Fixtures.PROBLEM_JSON);
    }
}
