package io.tierdesk.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Tokens;
import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

/** Headers every response carries, from the API, its refusals and the operational endpoints alike. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void authenticatedAnswersAreNeitherSniffedNorStored() {
        given().auth()
                .oauth2(Tokens.token("headers-maker", "maker"))
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    void refusalsCarryTheSameHeaders() {
        given().when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
        given().auth()
                .oauth2(Tokens.token("headers-maker", "maker"))
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(403)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
        given().when().get("/api/v1/no-such-thing").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
    }

    @Test
    void corsNeverAllowsCredentialsForABearerOnlyApi() {
        given().header("Origin", "http://localhost:3000")
                .header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization")
                .when()
                .options("/api/v1/tiers")
                .then()
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Credentials", nullValue());
        given().header("Origin", "http://localhost:3000")
                .auth()
                .oauth2(Tokens.token("headers-maker", "maker"))
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:3000")
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    @Test
    void hstsOnlyOverTlsAndAnOwnCachePolicyIsKept() {
        MultiMap plain = MultiMap.caseInsensitiveMultiMap().add("Access-Control-Allow-Credentials", "true");
        SecurityHeaders.apply(plain, false);
        assertThat(plain.get("Strict-Transport-Security")).isNull();
        assertThat(plain.get("Access-Control-Allow-Credentials")).isNull();
        assertThat(plain.get("Cache-Control")).isEqualTo("no-store");

        MultiMap tls = MultiMap.caseInsensitiveMultiMap().add("Cache-Control", "private, no-cache");
        SecurityHeaders.apply(tls, true);
        assertThat(tls.get("Strict-Transport-Security")).isEqualTo(SecurityHeaders.HSTS);
        assertThat(tls.get("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(tls.get("X-Content-Type-Options")).isEqualTo("nosniff");
    }
}
