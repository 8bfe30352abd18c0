package io.tierdesk.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.algorithm.SignatureAlgorithm;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Tokens;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who the caller is comes from the subject claim only: names that a token may carry for display
 * ({@code preferred_username}, {@code upn}) never make its bearer somebody else, and a token whose subject is
 * missing, blank, reserved or malformed is refused with 401. Tokens signed with an algorithm the service does not
 * list are refused too, even when the key is trusted.
 */
@QuarkusTest
class CallerIdentityTest {

    @Test
    void aDisplayNameClaimDoesNotMakeTheBearerItsOwner() {
        String owner = Tokens.uniqueSubject("identity-owner");
        String solution = given().auth()
                .oauth2(Tokens.token(owner, "maker"))
                .contentType("application/json")
                .body(Map.of("name", "Leave planner " + owner, "kind", "CANVAS_APP"))
                .when()
                .post("/api/v1/solutions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        String impostor = claims(Tokens.uniqueSubject("impostor"))
                .claim("preferred_username", owner)
                .upn(owner)
                .sign(Tokens.localKey());
        given().auth()
                .oauth2(impostor)
                .when()
                .get("/api/v1/solutions/" + solution)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(impostor)
                .when()
                .get("/api/v1/solutions")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(solution)));

        String renamed = claims(owner)
                .claim("preferred_username", "someone-else")
                .upn("someone-else@example.org")
                .sign(Tokens.localKey());
        given().auth()
                .oauth2(renamed)
                .when()
                .get("/api/v1/solutions/" + solution)
                .then()
                .statusCode(200)
                .body("maker", equalTo(owner));
    }

    @Test
    void aTokenWithoutASubjectIsRefused() {
        String noSubject = Jwt.issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .groups(Set.of("admin"))
                .claim("preferred_username", "admin-by-name")
                .expiresIn(600)
                .sign(Tokens.localKey());
        unauthorized(noSubject);
        String neither = Jwt.issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .groups(Set.of("admin"))
                .expiresIn(600)
                .sign(Tokens.localKey());
        unauthorized(neither);
    }

    @Test
    void blankReservedAndMalformedSubjectsAreRefused() {
        for (String subject :
                new String[] {"", "   ", "system", "SYSTEM", " padded", "nul\u0000byte", "line\nbreak", "x".repeat(256)
                }) {
            unauthorized(claims(subject).sign(Tokens.localKey()));
        }
        given().auth()
                .oauth2(claims("x".repeat(255)).sign(Tokens.localKey()))
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(200);
    }

    @Test
    void onlyTheListedSignatureAlgorithmIsAccepted() {
        given().auth()
                .oauth2(claims("algorithm-rs256").sign(Tokens.localKey()))
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(200);
        unauthorized(claims("algorithm-ps256")
                .jws()
                .algorithm(SignatureAlgorithm.PS256)
                .sign(Tokens.localKey()));
    }

    private static JwtClaimsBuilder claims(String subject) {
        return Jwt.issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .subject(subject)
                .groups(Set.of("maker"))
                .expiresIn(600);
    }

    private static void unauthorized(String token) {
        given().auth()
                .oauth2(token)
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(401)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("type", equalTo("/problems/unauthorized"));
    }
}
