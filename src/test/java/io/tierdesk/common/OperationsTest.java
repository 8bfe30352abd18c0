package io.tierdesk.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Management;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void readinessIncludesTheDatabase() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
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
        given().when().get(Management.url("/q/metrics"))
                .then().statusCode(200)
                .body(containsString("http_server_requests"));
        given().when().get("/q/metrics").then().statusCode(404);
        given().when().get("/q/openapi").then().statusCode(404);
        given().when().get(Management.url("/q/health/ready")).then().statusCode(404);
    }

    @Test
    void corsPreflightIsAnsweredForConfiguredOrigins() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "PATCH")
                .header("Access-Control-Request-Headers", "authorization,if-match,content-type")
                .when().options("/api/v1/solutions")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000");
    }
}
