package io.tierdesk.ticket;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Scenario.ensureDefaultTeams;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connector acts on its own record: comments, status moves and SLA by the external reference, and an upsert that
 * sends only what changed.
 */
@QuarkusTest
class TicketByExternalRefActionsTest {

    @BeforeEach
    void defaultTeams() {
        ensureDefaultTeams();
    }

    private static String byRef(String externalId) {
        return TICKETS + "/by-external-ref/jira/" + externalId;
    }

    private static String mirror(String connector, String externalId) {
        return jsonAs(connector, "integration")
                .body(Map.of("category", "HOW_TO", "title", "Mirrored " + externalId))
                .when()
                .put(byRef(externalId))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @Test
    void aConnectorCommentsMovesAndReadsTheSlaOfItsRecord() {
        String connector = uniqueSubject("connector");
        String key = "JSM-" + UUID.randomUUID();
        String ticket = mirror(connector, key);

        jsonAs(connector, "integration")
                .body(Map.of("body", "Customer replied in Jira."))
                .when()
                .post(byRef(key) + "/comments")
                .then()
                .statusCode(201)
                .body("body", equalTo("Customer replied in Jira."));
        jsonAs(connector, "integration")
                .body(Map.of("to_status", "TRIAGED", "reason", "Triaged in Jira."))
                .when()
                .post(byRef(key) + "/transitions")
                .then()
                .statusCode(200)
                .body("id", equalTo(ticket))
                .body("status", equalTo("TRIAGED"));
        as(connector, "integration")
                .when()
                .get(byRef(key) + "/sla")
                .then()
                .statusCode(200)
                .body("ticket_id", equalTo(ticket));
        as(uniqueSubject("agent"), "helpdesk")
                .when()
                .get(TICKETS + "/" + ticket + "/comments")
                .then()
                .statusCode(200)
                .body("items.body", hasItems("Customer replied in Jira."));
    }

    @Test
    void aReferenceNoTicketCarriesIsA404AndAWrongRoleA403() {
        String missing = "JSM-" + UUID.randomUUID();
        as(uniqueSubject("connector"), "integration")
                .when()
                .get(byRef(missing) + "/sla")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        jsonAs(uniqueSubject("connector"), "integration")
                .body(Map.of("to_status", "TRIAGED"))
                .when()
                .post(byRef(missing) + "/transitions")
                .then()
                .statusCode(404);
        String key = "JSM-" + UUID.randomUUID();
        mirror(uniqueSubject("connector"), key);
        jsonAs(uniqueSubject("reader"), "auditor")
                .body(Map.of("body", "Not mine to write."))
                .when()
                .post(byRef(key) + "/comments")
                .then()
                .statusCode(403);
        given().when().get(byRef(key) + "/sla").then().statusCode(401);
    }

    @Test
    void aMakerCannotReachAnotherRequestersTicketThroughItsReference() {
        String key = "JSM-" + UUID.randomUUID();
        mirror(uniqueSubject("connector"), key);
        as(uniqueSubject("maker"), "maker")
                .when()
                .get(byRef(key) + "/sla")
                .then()
                .statusCode(404);
    }

    @Test
    void anUpdateSendsOnlyWhatChangedAndACreationNeedsCategoryAndTitle() {
        String connector = uniqueSubject("connector");
        String key = "JSM-" + UUID.randomUUID();
        jsonAs(connector, "integration")
                .body(Map.of("priority", "P2"))
                .when()
                .put(byRef(key))
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItems("category", "title"));
        String ticket = mirror(connector, key);
        jsonAs(connector, "integration")
                .body(Map.of("priority", "P2"))
                .when()
                .put(byRef(key))
                .then()
                .statusCode(200)
                .body("id", equalTo(ticket))
                .body("priority", equalTo("P2"))
                .body("title", equalTo("Mirrored " + key));
        assertThat((String) as(connector, "integration")
                        .when()
                        .get(TICKETS + "/" + ticket)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("category"))
                .isEqualTo("HOW_TO");
    }
}
