package io.tierdesk.solution;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.SOLUTIONS;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.registerAsMaker;
import static io.tierdesk.support.Paths.USAGE_SNAPSHOTS_BULK;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SolutionUsageTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);

    private static String usagePath(String id) {
        return SOLUTIONS + "/" + id + "/usage";
    }

    private static Map<String, Object> snapshot(String day, int users, int groups, int launches, int units) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("day", day);
        body.put("shared_users", users);
        body.put("shared_groups", groups);
        body.put("launches_30d", launches);
        body.put("business_units", units);
        return body;
    }

    private static Map<String, Object> item(String solutionId, LocalDate day, int users) {
        Map<String, Object> item = snapshot(day.toString(), users, users % 7, users * 10, 1 + users % 3);
        item.put("solution_id", solutionId);
        return item;
    }

    /** Every snapshot of a solution, walking all pages; keyed by day. */
    private static Map<String, Map<String, Object>> allUsage(String subject, String role, String solutionId) {
        Map<String, Map<String, Object>> byDay = new LinkedHashMap<>();
        String cursor = null;
        int pages = 0;
        do {
            RequestSpecification request = as(subject, role).queryParam("limit", 200);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.when()
                    .get(usagePath(solutionId))
                    .then()
                    .statusCode(200)
                    .extract();
            List<Map<String, Object>> items = page.path("items");
            for (Map<String, Object> item : items) {
                assertThat(byDay.put((String) item.get("day"), item))
                        .as("day listed twice")
                        .isNull();
            }
            cursor = page.path("next_cursor");
        } while (cursor != null && ++pages < 50);
        return byDay;
    }

    // --- single snapshot --------------------------------------------------------------------------------------

    @Test
    void automationRecordsUsageAndOwnerReadsIt() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);

        jsonAs(uniqueSubject("automation"), "automation")
                .body(snapshot("2026-11-26", 42, 1, 1250, 2))
                .when()
                .post(usagePath(id))
                .then()
                .statusCode(200)
                .body("solution_id", equalTo(id))
                .body("day", equalTo("2026-11-26"))
                .body("shared_users", equalTo(42))
                .body("launches_30d", equalTo(1250))
                .body("recorded_at", notNullValue());

        as(maker, "maker")
                .when()
                .get(usagePath(id))
                .then()
                .statusCode(200)
                .body("items.day", contains("2026-11-26"))
                .body("items[0].business_units", equalTo(2));
    }

    @Test
    void recordingTheSameDayAgainReplacesIt() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);
        String automation = uniqueSubject("automation");
        jsonAs(automation, "automation")
                .body(snapshot("2026-11-25", 1, 0, 10, 1))
                .when()
                .post(usagePath(id))
                .then()
                .statusCode(200);
        jsonAs(automation, "automation")
                .body(snapshot("2026-11-26", 2, 0, 20, 1))
                .when()
                .post(usagePath(id))
                .then()
                .statusCode(200);
        jsonAs(automation, "automation")
                .body(snapshot("2026-11-25", 5, 0, 50, 1))
                .when()
                .post(usagePath(id))
                .then()
                .statusCode(200)
                .body("shared_users", equalTo(5));

        as(maker, "maker")
                .when()
                .get(usagePath(id))
                .then()
                .statusCode(200)
                .body("items.day", contains("2026-11-26", "2026-11-25"))
                .body("items.shared_users", contains(2, 5));
    }

    @Test
    void makerCannotRecordUsageEvenForOwnSolution() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);
        jsonAs(maker, "maker")
                .body(snapshot("2026-11-26", 1, 0, 1, 1))
                .when()
                .post(usagePath(id))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        as(maker, "maker").when().get(usagePath(id)).then().statusCode(200).body("items", empty());
    }

    @Test
    void recordingUsageOfUnknownSolutionIsNotFound() {
        jsonAs(uniqueSubject("automation"), "automation")
                .body(snapshot("2026-11-26", 1, 0, 1, 1))
                .when()
                .post(usagePath(UUID.randomUUID().toString()))
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void recordingUsageWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON)
                .body(snapshot("2026-11-26", 1, 0, 1, 1))
                .when()
                .post(usagePath(UUID.randomUUID().toString()))
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void otherMakerCannotReadUsage() {
        String id = registerAsMaker(uniqueSubject("owner"));
        as(uniqueSubject("maker"), "maker")
                .when()
                .get(usagePath(id))
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    // --- bulk -------------------------------------------------------------------------------------------------

    @Test
    void bulkIngestStoresThousandSnapshotsAndRetryChangesNothing() {
        String maker = uniqueSubject("maker");
        List<String> solutions = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            solutions.add(registerAsMaker(maker));
        }
        List<Map<String, Object>> items = new ArrayList<>();
        for (int s = 0; s < solutions.size(); s++) {
            for (int d = 0; d < 250; d++) {
                items.add(item(solutions.get(s), START.plusDays(d), s * 1000 + d));
            }
        }
        assertThat(items).hasSize(1000);
        String automation = uniqueSubject("automation");

        jsonAs(automation, "automation")
                .body(Map.of("items", items))
                .when()
                .post(USAGE_SNAPSHOTS_BULK)
                .then()
                .statusCode(200)
                .body("stored", equalTo(1000));

        Map<String, Map<String, Map<String, Object>>> firstRead = new HashMap<>();
        for (int s = 0; s < solutions.size(); s++) {
            Map<String, Map<String, Object>> usage = allUsage(maker, "maker", solutions.get(s));
            assertThat(usage).hasSize(250);
            Map<String, Object> day42 = usage.get(START.plusDays(42).toString());
            assertThat(day42)
                    .containsEntry("shared_users", s * 1000 + 42)
                    .containsEntry("launches_30d", (s * 1000 + 42) * 10);
            firstRead.put(solutions.get(s), usage);
        }

        jsonAs(automation, "automation")
                .body(Map.of("items", items))
                .when()
                .post(USAGE_SNAPSHOTS_BULK)
                .then()
                .statusCode(200)
                .body("stored", equalTo(1000));

        for (String solution : solutions) {
            Map<String, Map<String, Object>> again = allUsage(maker, "maker", solution);
            assertThat(again.keySet())
                    .containsExactlyElementsOf(firstRead.get(solution).keySet());
            again.forEach((day, snapshot) -> {
                Map<String, Object> before = firstRead.get(solution).get(day);
                for (String field : List.of("shared_users", "shared_groups", "launches_30d", "business_units")) {
                    assertThat(snapshot.get(field)).as(day + " " + field).isEqualTo(before.get(field));
                }
            });
        }
    }

    @Test
    void bulkWithUnknownSolutionIsRejectedAndStoresNothing() {
        String maker = uniqueSubject("maker");
        String known = registerAsMaker(maker);
        String unknown = UUID.randomUUID().toString();
        List<Map<String, Object>> items =
                List.of(item(known, START, 1), item(known, START.plusDays(1), 2), item(unknown, START, 3));

        jsonAs(uniqueSubject("automation"), "automation")
                .body(Map.of("items", items))
                .when()
                .post(USAGE_SNAPSHOTS_BULK)
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("detail", org.hamcrest.Matchers.containsString(unknown));

        as(maker, "maker").when().get(usagePath(known)).then().statusCode(200).body("items", empty());
    }

    @Test
    void makerCannotIngestInBulk() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);
        jsonAs(maker, "maker")
                .body(Map.of("items", List.of(item(id, START, 1))))
                .when()
                .post(USAGE_SNAPSHOTS_BULK)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        as(maker, "maker").when().get(usagePath(id)).then().statusCode(200).body("items", empty());
    }

    @Test
    void bulkWithNegativeNumbersIsBadRequest() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);
        Map<String, Object> negative = item(id, START, 1);
        negative.put("launches_30d", -5);

        jsonAs(uniqueSubject("automation"), "automation")
                .body(Map.of("items", List.of(item(id, START.plusDays(1), 1), negative)))
                .when()
                .post(USAGE_SNAPSHOTS_BULK)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/validation"));
        as(maker, "maker").when().get(usagePath(id)).then().statusCode(200).body("items", empty());
    }

    @Test
    void bulkWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON)
                .body(Map.of("items", List.of()))
                .when()
                .post(USAGE_SNAPSHOTS_BULK)
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }
}
