package io.tierdesk.common;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Tokens.token;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Management;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().when()
                .get("/q/health/ready")
                .then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void livenessIsUp() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void pingAnswersWithoutATokenAndTouchesNothingElse() {
        given().when().get("/ping").then().statusCode(200).body(equalTo("pong"));
        given().when().post("/ping").then().statusCode(404);
    }

    @Test
    void metricsArePublishedForPrometheusOnTheManagementInterfaceOnly() {
        given().when()
                .get(Management.url("/q/metrics"))
                .then()
                .statusCode(200)
                .body(containsString("http_server_requests"));
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/openapi").then().statusCode(404);
        given().when().get(Management.url("/q/health/ready")).then().statusCode(404);
    }

    /** Local mode allows the usual portal dev servers (React/Next, Angular, Vite, Expo/Vue CLI). */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://localhost:3000",
                "http://localhost:4200",
                "http://localhost:5173",
                "http://localhost:8081"
            })
    void corsPreflightIsAnsweredForConfiguredOrigins(String origin) {
        given().header("Origin", origin)
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .when()
                .options("/api/v1/solutions")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", origin);
    }

    /** A portal's script reads the headers that tell it when to retry and whether an answer was a replay. */
    @Test
    void corsExposesTheHeadersAPortalActsOn() {
        String exposed = given().header("Origin", "http://localhost:5173")
                .header("Authorization", "Bearer " + token(uniqueSubject("portal"), "maker"))
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .extract()
                .header("Access-Control-Expose-Headers");
        assertThat(exposed.toLowerCase(Locale.ROOT).split(","))
                .contains("etag", "link", "location", "x-request-id", "retry-after", "idempotent-replayed");
    }
}
