package io.tierdesk.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Refusals made before any resource runs (a request line or headers too long, a cross-origin call from an origin that
 * is not allowed) are problem details like every other refusal, so a client has one way to read them.
 */
@QuarkusTest
class EdgeRefusalsTest {

    @Test
    void aTooLongRequestLineIsAProblem() {
        given().auth()
                .oauth2(Tokens.token("edge-maker", "maker"))
                .queryParam("q", "x".repeat(6_000))
                .when()
                .get("/api/v1/tickets")
                .then()
                .statusCode(414)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/uri-too-long"))
                .body("status", equalTo(414));
    }

    @Test
    void tooLargeHeadersAreAProblem() {
        given().auth()
                .oauth2(Tokens.token("edge-maker", "maker"))
                .header("X-Padding", "y".repeat(30_000))
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(431)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/headers-too-large"));
    }

    @Test
    void aCrossOriginCallFromAnOriginThatIsNotAllowedIsAProblem() {
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "GET")
                .when()
                .options("/api/v1/tiers")
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/cors-origin-refused"));
        given().header("Origin", "https://evil.example")
                .auth()
                .oauth2(Tokens.token("edge-maker", "maker"))
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(403)
                .contentType(startsWith("application/problem+json"))
                .body("type", equalTo("/problems/cors-origin-refused"));
    }
}
