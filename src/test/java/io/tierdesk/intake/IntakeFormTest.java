package io.tierdesk.intake;

import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Paths.intakeForm;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.tierdesk.support.Fixtures;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IntakeFormTest {

    private String maker;
    private String productivity;
    private String critical;

    @BeforeEach
    void solutions() {
        Fixtures.createTeam("HELP_DESK");
        Fixtures.createTeam("PLATFORM");
        maker = uniqueSubject("maker");
        productivity = solution("productivity");
        critical = solution("critical");
    }

    private String solution(String tier) {
        Map<String, Object> body = Fixtures.solution("intake");
        body.put("tier_id", tier);
        body.put("maker", maker);
        return Fixtures.register(uniqueSubject("platform"), "platform", body);
    }

    private static Map<String, Object> values(String category, String priority, String description) {
        Map<String, Object> values = new HashMap<>();
        values.put("category", category);
        values.put("title", Fixtures.uniqueName("help"));
        if (priority != null) {
            values.put("priority", priority);
        }
        if (description != null) {
            values.put("description", description);
        }
        return values;
    }

    private static io.restassured.response.ValidatableResponse submit(
            String subject, String solution, Map<String, Object> values) {
        return jsonAs(subject, "maker")
                .body(values)
                .when()
                .post(intakeForm(solution) + "/submissions")
                .then();
    }

    @Test
    void theFormOffersThePrioritiesAndRequiredFieldsOfTheSolutionsTier() {
        String user = uniqueSubject("user");
        as(user, "maker")
                .when()
                .get(intakeForm(productivity))
                .then()
                .statusCode(200)
                .body("tier_id", equalTo("productivity"))
                .body("schema.'$schema'", equalTo("https://json-schema.org/draft/2020-12/schema"))
                .body("schema.properties.priority.enum", equalTo(List.of("P3", "P4")))
                .body("schema.required", equalTo(List.of("category", "title")))
                .body("schema.properties.category.enum", hasItem("CONNECTOR_REQUEST"))
                .body("ui.submit_to", equalTo("/api/v1/intake-forms/" + productivity + "/submissions"));
        as(user, "maker")
                .when()
                .get(intakeForm(critical))
                .then()
                .statusCode(200)
                .body("tier_id", equalTo("critical"))
                .body("schema.properties.priority.enum", equalTo(List.of("P1", "P2", "P3", "P4")))
                .body("schema.required", equalTo(List.of("category", "title", "description")));
    }

    @Test
    void theFormIsCachedWithAStrongETag() {
        String user = uniqueSubject("user");
        String etag = as(user, "maker")
                .when()
                .get(intakeForm(critical))
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(etag).startsWith("\"").doesNotStartWith("W/");
        as(user, "maker")
                .header("If-None-Match", etag)
                .when()
                .get(intakeForm(critical))
                .then()
                .statusCode(304);
        as(uniqueSubject("other"), "helpdesk")
                .header("If-None-Match", etag)
                .when()
                .get(intakeForm(critical))
                .then()
                .statusCode(304);
        String other = as(user, "maker")
                .when()
                .get(intakeForm(productivity))
                .then()
                .extract()
                .header("ETag");
        assertThat(other).isNotEqualTo(etag);
        as(user, "maker")
                .header("If-None-Match", other)
                .when()
                .get(intakeForm(critical))
                .then()
                .statusCode(200)
                .header("ETag", equalTo(etag));
    }

    @Test
    void aSubmissionRaisesATicketRoutedByTheTable() {
        String user = uniqueSubject("user");
        submit(user, critical, values("BUG", "P1", "Nobody can approve expenses."))
                .statusCode(201)
                .body("requester", equalTo(user))
                .body("solution_id", equalTo(critical))
                .body("priority", equalTo("P1"))
                .body("tier_id", equalTo("critical"))
                .body("support_level", equalTo("PLATFORM"))
                .body("routing_rule", org.hamcrest.Matchers.notNullValue());
        submit(user, productivity, values("BUG", null, null))
                .statusCode(201)
                .body("priority", equalTo("P3"))
                .body("support_level", equalTo("MAKER"))
                .body("assignee", equalTo(maker));
        submit(user, productivity, values("ACCESS_REQUEST", "P4", null))
                .statusCode(201)
                .body("support_level", equalTo("HELP_DESK"));
    }

    @Test
    void aNulCharacterInAFreeFormValueIsABadRequestAndRaisesNothing() {
        String user = uniqueSubject("user");
        submit(user, critical, values("BUG", "P2", "stops at\u0000 a NUL"))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("description")));
        assertThat(as(uniqueSubject("admin"), "admin")
                        .queryParam("requester", user)
                        .when()
                        .get(TICKETS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<Object>>path("items"))
                .isEmpty();
    }

    @Test
    void submissionsOutsideTheFormAreRejectedAndRaiseNothing() {
        String user = uniqueSubject("user");
        submit(user, productivity, values("BUG", "P1", null))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors.field", equalTo(List.of("priority")));
        submit(user, critical, values("BUG", "P1", null))
                .statusCode(422)
                .body("errors.field", equalTo(List.of("description")));
        Map<String, Object> extra = values("PLATFORM_ISSUE", "P3", "x");
        extra.put("assignee", "me");
        submit(user, critical, extra).statusCode(422).body("errors.field", equalTo(List.of("assignee", "category")));
        submit(user, critical, values("BUG", "P2", ""))
                .statusCode(422)
                .body("errors.field", equalTo(List.of("description")));
        Map<String, Object> notText = values("BUG", "P2", "x");
        notText.put("title", 42);
        submit(user, critical, notText).statusCode(422).body("errors.field", equalTo(List.of("title")));
        assertThat(as(uniqueSubject("admin"), "admin")
                        .queryParam("requester", user)
                        .when()
                        .get(TICKETS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<Object>>path("items"))
                .isEmpty();
    }

    @Test
    void accessToEveryOperation() {
        RestAssured.given()
                .when()
                .get(intakeForm(critical))
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
        RestAssured.given()
                .contentType("application/json")
                .body(values("BUG", "P2", "x"))
                .when()
                .post(intakeForm(critical) + "/submissions")
                .then()
                .statusCode(401);
        as(uniqueSubject("auditor"), "auditor")
                .when()
                .get(intakeForm(critical))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        jsonAs(uniqueSubject("auditor"), "auditor")
                .body(values("BUG", "P2", "x"))
                .when()
                .post(intakeForm(critical) + "/submissions")
                .then()
                .statusCode(403);
        String unknown = "00000000-0000-0000-0000-00000000f00d";
        as(uniqueSubject("user"), "maker")
                .when()
                .get(intakeForm(unknown))
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        submit(uniqueSubject("user"), unknown, values("BUG", "P3", "x")).statusCode(404);
        as(uniqueSubject("bot"), "integration")
                .when()
                .get(intakeForm(critical))
                .then()
                .statusCode(200);
    }
}
