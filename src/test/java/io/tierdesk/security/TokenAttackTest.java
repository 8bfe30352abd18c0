package io.tierdesk.security;

import static io.restassured.RestAssured.given;
import static io.tierdesk.security.ForgedTokens.claims;
import static io.tierdesk.security.ForgedTokens.now;
import static io.tierdesk.security.ForgedTokens.rs256;
import static io.tierdesk.security.ForgedTokens.validClaims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Paths;
import io.tierdesk.support.Tokens;
import jakarta.inject.Inject;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import org.junit.jupiter.api.Test;

/**
 * Broken authentication: every forged, stale or misdirected token is a 401 problem, exactly like no token. Each
 * attack changes one thing in an otherwise valid token, and {@link #theUnalteredTokenIsAccepted} proves the
 * baseline works, so a 401 can only come from the altered part.
 */
@QuarkusTest
class TokenAttackTest {

    @Inject
    VerifiedTokens verified;

    private static final String TARGET = Paths.AUDIT;

    @Test
    void theUnalteredTokenIsAccepted() {
        given().auth().oauth2(rs256(validClaims())).when().get(TARGET).then().statusCode(200);
    }

    @Test
    void noToken() {
        given().when()
                .get(TARGET)
                .then()
                .statusCode(401)
                .contentType(Fixtures.PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void malformedTokens() {
        for (String token : new String[] {
            "not-a-jwt",
            "a.b.c",
            "..",
            ForgedTokens.encode("{}"),
            ForgedTokens.encode("{\"alg\":\"RS256\"}") + "." + ForgedTokens.encode("not json") + ".AAAA"
        }) {
            rejected(token);
        }
        given().header("Authorization", "Basic YWRtaW46YWRtaW4=")
                .when()
                .get(TARGET)
                .then()
                .statusCode(401);
    }

    /** Verified tokens are remembered by their exact text: an altered copy of a token just accepted is verified anew. */
    @Test
    void aTokenAcceptedBeforeLendsNothingToAnAlteredCopy() {
        String accepted = rs256(validClaims());
        given().auth().oauth2(accepted).when().get(TARGET).then().statusCode(200);
        assertThat(verified.get(accepted)).as("remembered once verified").isNotNull();
        given().auth().oauth2(accepted).when().get(TARGET).then().statusCode(200);
        String asMaker = rs256(validClaims().replace("[\"admin\"]", "[\"maker\"]"));
        given().auth().oauth2(asMaker).when().get(TARGET).then().statusCode(403);
        rejected(ForgedTokens.withClaims(asMaker, validClaims()));
        int i = accepted.length() - 10;
        rejected(accepted.substring(0, i) + (accepted.charAt(i) == 'A' ? 'B' : 'A') + accepted.substring(i + 1));
        rejected(ForgedTokens.unsigned(validClaims()));
    }

    /** A remembered token is answered from memory (here one planted without a signature), ahead of OIDC. */
    @Test
    void aRememberedTokenIsAnsweredWithoutVerifyingItAgain() {
        String unverifiable = "remembered.token.text";
        rememberAsAdmin(unverifiable);
        given().auth().oauth2(unverifiable).when().get(TARGET).then().statusCode(200);
    }

    /** A remembered token counts only where OIDC reads a bearer token: not under another scheme, not in the query. */
    @Test
    void aRememberedTokenIsAnsweredOnlyAsABearerToken() {
        String remembered = "remembered.bearer.only";
        rememberAsAdmin(remembered);
        given().header("Authorization", "bearer " + remembered)
                .when()
                .get(TARGET)
                .then()
                .statusCode(200);
        for (String header : new String[] {"Basic " + remembered, "Token " + remembered, remembered}) {
            given().header("Authorization", header)
                    .when()
                    .get(TARGET)
                    .then()
                    .statusCode(401)
                    .header("WWW-Authenticate", containsString("Bearer"));
        }
        given().queryParam("access_token", remembered).when().get(TARGET).then().statusCode(401);
    }

    @Test
    void algorithmNone() {
        rejected(ForgedTokens.unsigned(validClaims()));
    }

    @Test
    void hmacSignedWithThePublicKey() {
        rejected(ForgedTokens.hs256WithPublicKey(validClaims()));
    }

    @Test
    void tamperedPayload() {
        String asMaker = rs256(validClaims().replace("[\"admin\"]", "[\"maker\"]"));
        rejected(ForgedTokens.withClaims(asMaker, validClaims()));
    }

    @Test
    void expired() {
        long now = now();
        rejected(rs256(claims(Tokens.ISSUER, Tokens.AUDIENCE, now - 7200, null, now - 120)));
    }

    @Test
    void notYetValid() {
        long now = now();
        rejected(rs256(claims(Tokens.ISSUER, Tokens.AUDIENCE, now, now + 3600, now + 7200)));
    }

    @Test
    void issuedInTheFuture() {
        long now = now();
        rejected(rs256(claims(Tokens.ISSUER, Tokens.AUDIENCE, now + 3600, null, now + 7200)));
    }

    @Test
    void wrongIssuer() {
        long now = now();
        rejected(rs256(claims("https://elsewhere.example", Tokens.AUDIENCE, now, null, now + 600)));
    }

    @Test
    void wrongAudience() {
        long now = now();
        rejected(rs256(claims(Tokens.ISSUER, "some-other-api", now, null, now + 600)));
    }

    @Test
    void unknownKeyId() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        PrivateKey rogue = generator.generateKeyPair().getPrivate();
        rejected(rs256("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"rogue-key\"}", validClaims(), rogue));
    }

    /** Plants an admin identity for this token text, as if OIDC had accepted it a moment ago. */
    private void rememberAsAdmin(String token) {
        verified.put(
                token,
                now() + 60,
                QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal("remembered"))
                        .addRole("admin")
                        .build());
    }

    private static void rejected(String token) {
        given().auth()
                .oauth2(token)
                .when()
                .get(TARGET)
                .then()
                .statusCode(401)
                .contentType(Fixtures.PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("/problems/unauthorized"))
                .body("status", equalTo(401));
    }
}
