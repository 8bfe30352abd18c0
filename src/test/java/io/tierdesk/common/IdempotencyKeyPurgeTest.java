package io.tierdesk.common;

import static io.tierdesk.support.Fixtures.jsonAs;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IdempotencyKeyPurgeTest {

    @Inject
    TestClock clock;

    @Inject
    IdempotencyKeyPurge purge;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void keysAreReplayedForADayAndForgottenAfter() {
        Instant start = Instant.parse("2033-01-03T10:00:00Z");
        Map<String, Object> team = Map.of("name", Fixtures.uniqueName("purge"), "kind", "BUSINESS_UNIT");
        clock.set(start);
        jsonAs("purge-admin", "admin")
                .header("Idempotency-Key", "purge-key")
                .body(team)
                .when()
                .post("/api/v1/teams")
                .then()
                .statusCode(201);

        clock.set(start.plus(Duration.ofHours(23)));
        purge.purge();
        jsonAs("purge-admin", "admin")
                .header("Idempotency-Key", "purge-key")
                .body(team)
                .when()
                .post("/api/v1/teams")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"));

        clock.set(start.plus(Duration.ofHours(25)));
        purge.purge();
        jsonAs("purge-admin", "admin")
                .header("Idempotency-Key", "purge-key")
                .body(team)
                .when()
                .post("/api/v1/teams")
                .then()
                .statusCode(409)
                .contentType(Fixtures.PROBLEM_JSON);
    }
}
