package io.tierdesk.environment;

import static io.tierdesk.environment.EnvironmentSupport.REQUESTS;
import static io.tierdesk.environment.EnvironmentSupport.approved;
import static io.tierdesk.environment.EnvironmentSupport.body;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.uniqueName;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EnvironmentClaimConcurrencyTest {

    @Test
    void eightConcurrentWorkersClaimTwoHundredRequestsEachExactlyOnce() throws Exception {
        String maker = uniqueSubject("env-maker");
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            mine.add(approved(maker, body(uniqueName("bulk-env"))));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<List<String>>> workers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                String worker = uniqueSubject("claimer-" + w);
                workers.add(() -> drain(worker));
            }
            List<String> all = new ArrayList<>();
            for (Future<List<String>> result : pool.invokeAll(workers)) {
                all.addAll(result.get());
            }
            Map<String, Integer> counts = new HashMap<>();
            all.forEach(id -> counts.merge(id, 1, Integer::sum));
            assertThat(counts.values()).as("no request handed to two workers").allMatch(count -> count == 1);
            assertThat(counts.keySet()).as("every request claimed").containsAll(mine);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Claims small batches until the queue is empty; returns every id this worker received. */
    private static List<String> drain(String worker) {
        List<String> ids = new ArrayList<>();
        while (true) {
            Response response = jsonAs(worker, "automation")
                    .body(Map.of("max_items", 3, "lease_seconds", 600))
                    .when()
                    .post(REQUESTS + "/claim");
            if (response.statusCode() == 204) {
                return ids;
            }
            assertThat(response.statusCode()).isEqualTo(200);
            List<Map<String, Object>> items = response.path("items");
            for (Map<String, Object> item : items) {
                assertThat(item.get("lease_owner")).isEqualTo(worker);
                ids.add((String) item.get("id"));
            }
        }
    }
}
