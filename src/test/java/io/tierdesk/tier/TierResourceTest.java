package io.tierdesk.tier;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Tokens.token;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TierResourceTest {

    @Test
    void listsTheSeededTiersInRankOrderForEveryRole() {
        given().auth()
                .oauth2(token("maker-1", "maker"))
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(200)
                .body("items.id", contains("productivity", "important", "critical"))
                .body("items[0].support_level", equalTo("MAKER"))
                .body("items[2].support_level", equalTo("PLATFORM"))
                .body("items[2].partner_support_allowed", equalTo(true));
    }

    @Test
    void rejectsAnonymousCallersWithProblemDetails() {
        given().when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(401)
                .contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized"))
                .body("status", equalTo(401));
    }

    @Test
    void returnsOneTierWithItsEtag() {
        given().auth()
                .oauth2(token("auditor-1", "auditor"))
                .when()
                .get("/api/v1/tiers/important")
                .then()
                .statusCode(200)
                .header("ETag", notNullValue())
                .body("name", equalTo("Important"))
                .body("support_level", equalTo("TEAM"));
    }

    @Test
    void unknownTierIsNotFound() {
        given().auth()
                .oauth2(token("maker-1", "maker"))
                .when()
                .get("/api/v1/tiers/legendary")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void onlyAdminsEditTiers() {
        given().auth()
                .oauth2(token("platform-1", "platform"))
                .contentType(ContentType.JSON)
                .body("{\"default_sla\":\"none\"}")
                .when()
                .patch("/api/v1/tiers/important")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void readingOneTierNeedsAToken() {
        given().when().get("/api/v1/tiers/critical").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void editingATierNeedsAToken() {
        given().contentType(ContentType.JSON)
                .body("{\"default_sla\":\"none\"}")
                .when()
                .patch("/api/v1/tiers/important")
                .then()
                .statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void adminEditsThresholdsWithIfMatchAndAStaleTagChangesNothing() {
        String admin = token("admin-tiers", "admin");
        String etag = given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/tiers/important")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        String next = given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"graduation_thresholds\":{\"shared_users\":250,\"shared_groups\":6,"
                        + "\"launches_30d\":6000,\"business_units\":4}}")
                .when()
                .patch("/api/v1/tiers/important")
                .then()
                .statusCode(200)
                .body("graduation_thresholds.shared_users", equalTo(250))
                .extract()
                .header("ETag");
        org.assertj.core.api.Assertions.assertThat(next).isNotEqualTo(etag);

        given().auth()
                .oauth2(admin)
                .contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"default_sla\":\"stale write\"}")
                .when()
                .patch("/api/v1/tiers/important")
                .then()
                .statusCode(412)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin)
                .when()
                .get("/api/v1/tiers/important")
                .then()
                .statusCode(200)
                .header("ETag", equalTo(next))
                .body("default_sla", org.hamcrest.Matchers.not(equalTo("stale write")));
    }

    @Test
    void unknownTierCannotBeEdited() {
        given().auth()
                .oauth2(token("admin-tiers", "admin"))
                .contentType(ContentType.JSON)
                .body("{\"default_sla\":\"none\"}")
                .when()
                .patch("/api/v1/tiers/legendary")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void tierListPagesWithASignedCursor() {
        String maker = token("maker-pages", "maker");
        String cursor = given().auth()
                .oauth2(maker)
                .queryParam("limit", 2)
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(200)
                .body("items.id", contains("productivity", "important"))
                .header("Link", org.hamcrest.Matchers.containsString("rel=\"next\""))
                .extract()
                .path("next_cursor");
        given().auth()
                .oauth2(maker)
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(200)
                .body("items.id", contains("critical"))
                .body("next_cursor", org.hamcrest.Matchers.nullValue());
    }
}
