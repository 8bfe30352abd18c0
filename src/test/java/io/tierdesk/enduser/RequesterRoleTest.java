package io.tierdesk.enduser;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An employee who uses apps but builds nothing: raises tickets, follows their own, comments and reads the answers,
 * without a maker's rights. (Which operations the role may call at all is {@code FunctionLevelAccessTest}'s.)
 */
@QuarkusTest
class RequesterRoleTest {

    @BeforeEach
    void teams() {
        Fixtures.createTeam("HELP_DESK");
        Fixtures.createTeam("PLATFORM");
    }

    @Test
    void aRequesterRaisesATicketReadsTheAnswerAndAnswersBack() {
        String employee = uniqueSubject("employee");
        String title = Fixtures.uniqueName("cannot-log-in");
        String ticket = jsonAs(employee, "requester")
                .body(Map.of("category", "HOW_TO", "title", title, "description", "The app says access denied"))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("requester", equalTo(employee))
                .extract()
                .path("id");
        String agent = uniqueSubject("agent");
        jsonAs(agent, "helpdesk")
                .body(Map.of("body", "Ask your manager for access, then sign in again."))
                .when()
                .post(ticketPath(ticket, "comments"))
                .then()
                .statusCode(201);
        jsonAs(agent, "helpdesk")
                .body(Map.of("body", "internal: user not in the group", "visibility", "INTERNAL"))
                .when()
                .post(ticketPath(ticket, "comments"))
                .then()
                .statusCode(201);

        List<String> bodies = as(employee, "requester")
                .when()
                .get(ticketPath(ticket, "comments"))
                .then()
                .statusCode(200)
                .extract()
                .path("items.body");
        assertThat(bodies).containsExactly("Ask your manager for access, then sign in again.");
        jsonAs(employee, "requester")
                .body(Map.of("body", "Thanks, it works now."))
                .when()
                .post(ticketPath(ticket, "comments"))
                .then()
                .statusCode(201);
        as(employee, "requester").when().get(ticketPath(ticket)).then().statusCode(200);
        List<String> mine = as(employee, "requester")
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(mine).containsExactly(ticket);
    }

    @Test
    void aRequesterSeesNoOneElsesTicket() {
        String colleague = uniqueSubject("colleague");
        String theirs = jsonAs(colleague, "requester")
                .body(Map.of("category", "HOW_TO", "title", Fixtures.uniqueName("theirs")))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String employee = uniqueSubject("employee");
        as(employee, "requester").when().get(ticketPath(theirs)).then().statusCode(404);
        List<String> seen = as(employee, "requester")
                .queryParam("requester", colleague)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(seen).isEmpty();
    }

    @Test
    void aRequesterNeitherRegistersSolutionsNorRequestsEnvironmentsNorWorksTickets() {
        String employee = uniqueSubject("employee");
        jsonAs(employee, "requester")
                .body(Fixtures.solution("by-requester"))
                .when()
                .post(Fixtures.SOLUTIONS)
                .then()
                .statusCode(403);
        jsonAs(employee, "requester")
                .body(Map.of("type", "SANDBOX", "region", "europe", "purpose", "try"))
                .when()
                .post("/api/v1/environment-requests")
                .then()
                .statusCode(403);
        String ticket = jsonAs(employee, "requester")
                .body(Map.of("category", "HOW_TO", "title", Fixtures.uniqueName("own")))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        jsonAs(employee, "requester")
                .body(Map.of("body", "note to self", "visibility", "INTERNAL"))
                .when()
                .post(ticketPath(ticket, "comments"))
                .then()
                .statusCode(403);
        jsonAs(employee, "requester")
                .body(Map.of("priority", "P1"))
                .when()
                .patch(ticketPath(ticket))
                .then()
                .statusCode(403);
        jsonAs(employee, "requester")
                .body(Map.of("to_level", "HELP_DESK", "reason", "hurry"))
                .when()
                .post(ticketPath(ticket, "escalations"))
                .then()
                .statusCode(403);
    }
}
