package io.tierdesk.enduser;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Paths.intakeForm;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Scenario;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a requester may know of a solution: the intake form and tickets only for a solution its owner published to
 * end users; any other solution answers exactly as an id that names nothing, so its existence and name stay hidden.
 */
@QuarkusTest
class PublishedSolutionsTest {

    private String maker;
    private String solution;
    private String name;

    @BeforeEach
    void anUnpublishedSolution() {
        Fixtures.createTeam("HELP_DESK");
        Fixtures.createTeam("PLATFORM");
        maker = uniqueSubject("maker");
        Map<String, Object> body = Fixtures.solution("unlisted");
        name = (String) body.get("name");
        solution = Fixtures.register(maker, "maker", body);
    }

    @Test
    void anUnpublishedSolutionsFormAndTicketsAnswerAsANonexistentOneForARequester() {
        String employee = uniqueSubject("employee");
        String nowhere = UUID.randomUUID().toString();

        Response hidden = as(employee, "requester").when().get(intakeForm(solution));
        Response missing = as(employee, "requester").when().get(intakeForm(nowhere));
        assertThat(hidden.statusCode()).isEqualTo(404);
        assertSameProblem(hidden, missing, solution, nowhere);
        assertThat(hidden.asString()).doesNotContain(name);

        Map<String, Object> values = Map.of("category", "HOW_TO", "title", Fixtures.uniqueName("how"));
        Response hiddenSubmission =
                jsonAs(employee, "requester").body(values).when().post(intakeForm(solution) + "/submissions");
        Response missingSubmission =
                jsonAs(employee, "requester").body(values).when().post(intakeForm(nowhere) + "/submissions");
        assertThat(hiddenSubmission.statusCode()).isEqualTo(404);
        assertSameProblem(hiddenSubmission, missingSubmission, solution, nowhere);

        Response hiddenTicket = jsonAs(employee, "requester")
                .body(Map.of("category", "HOW_TO", "title", "help", "solution_id", solution))
                .when()
                .post(TICKETS);
        Response missingTicket = jsonAs(employee, "requester")
                .body(Map.of("category", "HOW_TO", "title", "help", "solution_id", nowhere))
                .when()
                .post(TICKETS);
        assertThat(hiddenTicket.statusCode()).isEqualTo(422);
        assertSameProblem(hiddenTicket, missingTicket, solution, nowhere);
        assertThat(Scenario.idsRaisedBy(employee)).isEmpty();
    }

    @Test
    void onceItsOwnerPublishesItARequesterReadsTheFormAndRaisesTickets() {
        publish(maker, "maker", true);
        String employee = uniqueSubject("employee");
        as(employee, "requester")
                .when()
                .get(intakeForm(solution))
                .then()
                .statusCode(200)
                .body("solution_id", equalTo(solution));
        jsonAs(employee, "requester")
                .body(Map.of("category", "HOW_TO", "title", Fixtures.uniqueName("how")))
                .when()
                .post(intakeForm(solution) + "/submissions")
                .then()
                .statusCode(201)
                .body("requester", equalTo(employee))
                .body("solution_id", equalTo(solution));
        jsonAs(employee, "requester")
                .body(Map.of("category", "BUG", "title", "broken", "solution_id", solution))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201);

        publish(maker, "maker", false);
        as(employee, "requester").when().get(intakeForm(solution)).then().statusCode(404);
    }

    @Test
    void anArchivedSolutionIsNoLongerOfferedToRequesters() {
        publish(uniqueSubject("platform"), "platform", true);
        as(uniqueSubject("employee"), "requester")
                .when()
                .get(intakeForm(solution))
                .then()
                .statusCode(200);
        jsonAs(maker, "maker")
                .when()
                .post(Fixtures.SOLUTIONS + "/" + solution + "/archive")
                .then()
                .statusCode(200);
        as(uniqueSubject("employee"), "requester")
                .when()
                .get(intakeForm(solution))
                .then()
                .statusCode(404);
    }

    @Test
    void makersAndTheHelpDeskStillReachEverySolutionsForm() {
        as(uniqueSubject("other-maker"), "maker")
                .when()
                .get(intakeForm(solution))
                .then()
                .statusCode(200);
        as(uniqueSubject("agent"), "helpdesk")
                .when()
                .get(intakeForm(solution))
                .then()
                .statusCode(200);
        String makerAndEmployee = uniqueSubject("maker-employee");
        as(makerAndEmployee, "requester", "maker")
                .when()
                .get(intakeForm(solution))
                .then()
                .statusCode(200);
        jsonAs(uniqueSubject("other-maker"), "maker")
                .body(Map.of("category", "HOW_TO", "title", "help", "solution_id", solution))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201);
    }

    @Test
    void onlyTheOwnerPlatformAndAdminPublishASolution() {
        jsonAs(uniqueSubject("other-maker"), "maker")
                .body(Map.of("published_to_end_users", true))
                .when()
                .patch(Fixtures.SOLUTIONS + "/" + solution)
                .then()
                .statusCode(404);
        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("published_to_end_users", true))
                .when()
                .patch(Fixtures.SOLUTIONS + "/" + solution)
                .then()
                .statusCode(403);
        jsonAs(uniqueSubject("employee"), "requester")
                .body(Map.of("published_to_end_users", true))
                .when()
                .patch(Fixtures.SOLUTIONS + "/" + solution)
                .then()
                .statusCode(403);
        as(maker, "maker")
                .when()
                .get(Fixtures.SOLUTIONS + "/" + solution)
                .then()
                .statusCode(200)
                .body("published_to_end_users", equalTo(false));
        publish(uniqueSubject("admin"), "admin", true);
        as(maker, "maker")
                .when()
                .get(Fixtures.SOLUTIONS + "/" + solution)
                .then()
                .body("published_to_end_users", equalTo(true));
    }

    private void publish(String subject, String role, boolean published) {
        jsonAs(subject, role)
                .body(Map.of("published_to_end_users", published))
                .when()
                .patch(Fixtures.SOLUTIONS + "/" + solution)
                .then()
                .statusCode(200)
                .body("published_to_end_users", equalTo(published));
    }

    /** The same problem but for the id itself, which the detail and instance may name. */
    private static void assertSameProblem(Response hidden, Response missing, String hiddenId, String missingId) {
        assertThat(hidden.statusCode()).isEqualTo(missing.statusCode());
        assertThat(hidden.contentType()).startsWith(Fixtures.PROBLEM_JSON);
        for (String field : List.of("type", "title", "status")) {
            assertThat(hidden.jsonPath().getString(field))
                    .as(field)
                    .isEqualTo(missing.jsonPath().getString(field));
        }
        for (String field : List.of("detail", "instance")) {
            String shown = hidden.jsonPath().getString(field);
            String absent = missing.jsonPath().getString(field);
            assertThat(shown == null ? null : shown.replace(hiddenId, "ID"))
                    .as(field)
                    .isEqualTo(absent == null ? null : absent.replace(missingId, "ID"));
        }
    }
}
