package io.tierdesk.common;

import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.TEAMS;
import static io.tierdesk.support.Fixtures.createTeam;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An Idempotency-Key belongs to its caller and the request it was first sent with: the same operation on another
 * path value is a reuse of the key, and another caller's key of the same value is a key of its own.
 */
@QuarkusTest
class IdempotentTest {

    @Test
    void theSameKeyAndBodyOnAnotherPathValueIsAReuse() {
        String admin = uniqueSubject("admin");
        String key = UUID.randomUUID().toString();
        Map<String, Object> member = Map.of("subject", uniqueSubject("member"), "role", "MEMBER");
        String first = createTeam("BUSINESS_UNIT");
        String second = createTeam("BUSINESS_UNIT");

        jsonAs(admin, "admin")
                .header("Idempotency-Key", key)
                .body(member)
                .when()
                .post(TEAMS + "/" + first + "/members")
                .then()
                .statusCode(201);
        jsonAs(admin, "admin")
                .header("Idempotency-Key", key)
                .body(member)
                .when()
                .post(TEAMS + "/" + first + "/members")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true");
        jsonAs(admin, "admin")
                .header("Idempotency-Key", key)
                .body(member)
                .when()
                .post(TEAMS + "/" + second + "/members")
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        jsonAs(uniqueSubject("admin"), "admin")
                .header("Idempotency-Key", key)
                .body(member)
                .when()
                .post(TEAMS + "/" + second + "/members")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo(null));
    }
}
