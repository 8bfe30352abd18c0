package io.tierdesk.packaged;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Paths.ticketPath;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.PackagedAppResource;
import io.tierdesk.support.Tokens;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs against the packaged artifact in the production profile (failsafe, {@code ./mvnw verify}; with
 * {@code -Pnative} the native binary): what reflection, serialization or resources a native image could lose
 * shows up here.
 */
@QuarkusIntegrationTest
// The database is the run's one EmbeddedPostgresResource, registered for every test by support/TestDatabase.
@WithTestResource(PackagedAppResource.class)
class PackagedAppIT {

    @Test
    void isReadyWithItsDatabaseMigrated() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void rejectsAnonymousCallsAsProblemDetails() {
        given().when().get("/api/v1/tiers").then().statusCode(401);
    }

    @Test
    void servesAnAuthenticatedReadFromTheDatabase() {
        Fixtures.as(Tokens.uniqueSubject("reader"), "maker")
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(200)
                .body("items.id", hasItem("critical"));
    }

    @Test
    void raisesATicketAndReadsItBack() {
        String user = Tokens.uniqueSubject("user");
        String id = Fixtures.jsonAs(user, "maker")
                .body(Map.of("category", "HOW_TO", "title", "How do I share an app?"))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("status", equalTo("NEW"))
                .header("ETag", notNullValue())
                .extract()
                .path("id");
        Fixtures.as(user, "maker")
                .when()
                .get(ticketPath(id))
                .then()
                .statusCode(200)
                .body("title", equalTo("How do I share an app?"));
        Fixtures.jsonAs(user, "maker")
                .body(Map.of("category", "NO_SUCH_CATEGORY", "title", "x"))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON);
    }
}
