package io.tierdesk.event;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.TestClock;
import io.tierdesk.support.Tokens;
import io.tierdesk.webhook.WebhookDispatcher;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Events and finished deliveries are forgotten after the retention; nothing still to be sent ever is. */
@QuarkusTest
class EventRetentionTest {

    private static final Instant START = Instant.parse("2034-01-10T10:00:00Z");

    @Inject
    TestClock clock;

    @Inject
    EventRetention retention;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    Outbox outbox;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String registerFor(String team) {
        Map<String, Object> body = new HashMap<>(Fixtures.solution("retained"));
        body.put("owning_team_id", team);
        body.put("maker", Tokens.uniqueSubject("maker"));
        return Fixtures.register("retention-platform", "platform", body);
    }

    private long eventsOf(String solution) {
        return outbox.count("resourceId", UUID.fromString(solution));
    }

    @Test
    void fannedOutEventsGoAfterThirtyDaysButNotThoseStillToBeSent() {
        clock.set(START);
        String quiet = registerFor(Fixtures.createTeam("BUSINESS_UNIT"));
        String watchedTeam = Fixtures.createTeam("BUSINESS_UNIT");
        String webhook = jsonAs("retention-admin", "admin")
                .body(Map.of(
                        "target_url",
                        "http://127.0.0.1:1/nobody",
                        "event_types",
                        List.of("solution.registered"),
                        "team_ids",
                        List.of(watchedTeam)))
                .when()
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try {
            String watched = registerFor(watchedTeam);
            dispatcher.dispatch();
            clock.set(START.plus(Duration.ofMinutes(1)));
            String late = registerFor(Fixtures.createTeam("BUSINESS_UNIT"));

            clock.set(START.plus(Duration.ofDays(29)));
            retention.purge();
            assertThat(eventsOf(quiet)).isEqualTo(1);

            clock.set(START.plus(Duration.ofDays(31)));
            retention.purge();
            assertThat(eventsOf(quiet)).as("fanned out, no delivery").isZero();
            assertThat(eventsOf(watched)).as("its delivery is still pending").isEqualTo(1);
            assertThat(eventsOf(late)).as("never fanned out").isEqualTo(1);
        } finally {
            String etag = as("retention-admin", "admin")
                    .when()
                    .get("/api/v1/webhooks/" + webhook)
                    .then()
                    .extract()
                    .header("ETag");
            as("retention-admin", "admin")
                    .header("If-Match", etag)
                    .when()
                    .delete("/api/v1/webhooks/" + webhook)
                    .then()
                    .statusCode(204);
        }
    }
}
