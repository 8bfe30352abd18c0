package io.tierdesk.security;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.ticket;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Tokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Many clients change one ticket with the same If-Match: exactly one wins per version, the others get 412. */
@QuarkusTest
class ConcurrentUpdateTest {

    private static final int WRITERS = 8;
    private static final int ROUNDS = 5;

    @Test
    void noUpdateIsLost() throws Exception {
        String requester = Tokens.uniqueSubject("concurrent");
        String ticket = raiseTicket(requester, ticket("HOW_TO").title(Fixtures.uniqueName("concurrent")));
        String path = ticketPath(ticket);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                Response current = as(requester, "maker").when().get(path);
                String etag = current.header("ETag");
                int version = current.path("version");
                CountDownLatch start = new CountDownLatch(1);
                List<Future<Response>> results = new ArrayList<>();
                for (int writer = 0; writer < WRITERS; writer++) {
                    String description = "round " + round + " writer " + writer;
                    Callable<Response> write = () -> {
                        start.await();
                        return jsonAs(requester, "maker")
                                .header("If-Match", etag)
                                .body(Map.of("description", description))
                                .when()
                                .patch(path);
                    };
                    results.add(pool.submit(write));
                }
                start.countDown();
                List<String> winners = new ArrayList<>();
                for (Future<Response> result : results) {
                    Response response = result.get();
                    assertThat(response.statusCode()).as(response.asString()).isIn(200, 412);
                    if (response.statusCode() == 200) {
                        winners.add(response.path("description"));
                    }
                }
                assertThat(winners).as("round " + round).hasSize(1);
                Response after = as(requester, "maker").when().get(path);
                assertThat(after.<String>path("description")).isEqualTo(winners.get(0));
                assertThat(after.<Integer>path("version")).isEqualTo(version + 1);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
