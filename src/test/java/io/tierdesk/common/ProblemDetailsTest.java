package io.tierdesk.common;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Tokens.token;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.tierdesk.support.Tokens;
import java.security.KeyPairGenerator;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Every error the service can give is RFC 9457 problem details, without internals. */
@QuarkusTest
class ProblemDetailsTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIsABadRequest() {
        given().auth()
                .oauth2(token("admin-1", "admin"))
                .contentType(ContentType.JSON)
                .body("{\"name\": ")
                .when()
                .post("/api/v1/teams")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/malformed-body"))
                .body(not(containsString("Exception")));
    }

    @Test
    void wrongValueTypeNamesTheField() {
        given().auth()
                .oauth2(token("admin-1", "admin"))
                .contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"kind\": \"SPACESHIP\"}")
                .when()
                .post("/api/v1/teams")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("kind"));
    }

    @Test
    void validationErrorsListEachField() {
        given().auth()
                .oauth2(token("admin-1", "admin"))
                .contentType(ContentType.JSON)
                .body("{\"name\": \"\", \"kind\": \"PLATFORM\", \"description\": \"" + "x".repeat(2001) + "\"}")
                .when()
                .post("/api/v1/teams")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("description"));
    }

    @Test
    void missingRequiredPropertyNamesTheField() {
        given().auth()
                .oauth2(token("admin-1", "admin"))
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Ops\"}")
                .when()
                .post("/api/v1/teams")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("kind"))
                .body("errors.message", hasItem("is required"));
    }

    @Test
    void unknownPropertiesAreRejected() {
        given().auth()
                .oauth2(token("admin-1", "admin"))
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Ops\", \"kind\": \"PLATFORM\", \"version\": 99}")
                .when()
                .post("/api/v1/teams")
                .then()
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", hasItem("version"));
    }

    @Test
    void wrongContentTypeIsUnsupported() {
        given().auth()
                .oauth2(token("admin-1", "admin"))
                .contentType(ContentType.TEXT)
                .body("name=Ops")
                .when()
                .post("/api/v1/teams")
                .then()
                .statusCode(415)
                .contentType(PROBLEM);
    }

    @Test
    void unknownPathIsNotFound() {
        given().auth()
                .oauth2(token("admin-1", "admin"))
                .when()
                .get("/api/v1/no-such-thing")
                .then()
                .statusCode(404)
                .contentType(PROBLEM)
                .body("status", equalTo(404));
        given().when().get("/nowhere").then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void unsupportedMethodIsNotAllowed() {
        given().auth()
                .oauth2(token("admin-1", "admin"))
                .when()
                .delete("/api/v1/tiers")
                .then()
                .statusCode(405)
                .contentType(PROBLEM);
    }

    @Test
    void forbiddenIsAProblem() {
        given().auth()
                .oauth2(token("maker-1", "maker"))
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(403)
                .contentType(PROBLEM)
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void malformedTokenIsUnauthorized() {
        given().auth()
                .oauth2("not-a-jwt")
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(401)
                .contentType(PROBLEM)
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void tokenSignedByAnotherKeyIsUnauthorized() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Tokens.sign("admin-1", generator.generateKeyPair().getPrivate(), Tokens.ISSUER, "admin");
        given().auth()
                .oauth2(forged)
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void expiredTokenIsUnauthorized() {
        long now = System.currentTimeMillis() / 1000;
        String expired = Jwt.issuer(Tokens.ISSUER)
                .subject("admin-1")
                .groups(Set.of("admin"))
                .issuedAt(now - 7200)
                .expiresAt(now - 3600)
                .sign(Tokens.localKey());
        given().auth()
                .oauth2(expired)
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void wrongIssuerIsUnauthorized() throws Exception {
        String foreign = Jwt.issuer("https://elsewhere.example")
                .subject("admin-1")
                .groups(Set.of("admin"))
                .expiresIn(600)
                .sign(Tokens.localKey());
        given().auth()
                .oauth2(foreign)
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(401)
                .contentType(PROBLEM);
    }

    @Test
    void responsesCarryTheRequestIdTheServerGenerated() {
        given().auth()
                .oauth2(token("maker-1", "maker"))
                .header("X-Request-Id", "trace-123")
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }
}
