package io.tierdesk.governance;

import static io.tierdesk.support.Fixtures.SOLUTIONS;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.register;
import static io.tierdesk.support.Fixtures.solution;
import static io.tierdesk.support.Paths.GRADUATION_CANDIDATES;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class GraduationCandidatesTest {

    @Test
    void solutionsWhoseLatestUsageOutgrowsTheirTierAreListedMostUrgentFirst() {
        String heavy = solutionIn("productivity"); // 90 users / 20 → 4.5
        String grouped = solutionIn("productivity"); // 2 groups / 0 (counts as 1) → 2.0
        String shrunk = solutionIn("productivity"); // was 100 users, latest 10 → not a candidate
        String atLimit = solutionIn("important"); // exactly 5000 launches → not a candidate
        String busy = solutionIn("important"); // 12000 launches / 5000 → 2.4, 4 units / 3
        usage(heavy, "2026-10-01", 5, 0, 100, 1);
        usage(heavy, "2026-10-02", 90, 0, 400, 1);
        usage(grouped, "2026-10-02", 3, 2, 10, 1);
        usage(shrunk, "2026-10-01", 100, 0, 10, 1);
        usage(shrunk, "2026-10-02", 10, 0, 10, 1);
        usage(atLimit, "2026-10-02", 150, 5, 5000, 3);
        usage(busy, "2026-10-02", 150, 1, 12000, 4);

        Map<String, Map<String, Object>> mine = new LinkedHashMap<>();
        Set<String> ours = Set.of(heavy, grouped, shrunk, atLimit, busy);
        for (Map<String, Object> candidate : all(null)) {
            if (ours.contains(candidate.get("solution_id"))) {
                mine.put((String) candidate.get("solution_id"), candidate);
            }
        }
        assertThat(mine.keySet()).containsExactly(heavy, busy, grouped);
        Map<String, Object> first = mine.get(heavy);
        assertThat(first.get("urgency")).isEqualTo(4.5f);
        assertThat(first.get("suggested_tier_id")).isEqualTo("important");
        assertThat(first.get("usage_day")).isEqualTo("2026-10-02");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> reasons =
                (List<Map<String, Object>>) mine.get(busy).get("reasons");
        assertThat(reasons).extracting(r -> r.get("metric")).containsExactly("launches_30d", "business_units");
        assertThat(reasons.get(0).get("message"))
                .isEqualTo("Launched 12000 times in 30 days; the Important tier allows 5000.");
        assertThat(mine.get(busy).get("suggested_tier_id")).isEqualTo("critical");

        List<String> important = all("important").stream()
                .map(c -> (String) c.get("tier_id"))
                .distinct()
                .toList();
        assertThat(important).containsOnly("important");
    }

    @Test
    void candidatesAreForGovernanceStaff() {
        RestAssured.given().when().get(GRADUATION_CANDIDATES).then().statusCode(401);
        as(uniqueSubject("gov-maker"), "maker")
                .when()
                .get(GRADUATION_CANDIDATES)
                .then()
                .statusCode(403);
        as("gov-integration", "integration")
                .when()
                .get(GRADUATION_CANDIDATES)
                .then()
                .statusCode(403);
        as("gov-auditor", "auditor").when().get(GRADUATION_CANDIDATES).then().statusCode(200);
    }

    private static List<Map<String, Object>> all(String tier) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            var request = as("gov-platform", "platform").queryParam("limit", 7);
            if (tier != null) {
                request.queryParam("tier_id", tier);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page = request.when()
                    .get(GRADUATION_CANDIDATES)
                    .then()
                    .statusCode(200)
                    .extract();
            all.addAll(page.path("items"));
            cursor = page.path("next_cursor");
        } while (cursor != null && ++pages < 500);
        return all;
    }

    private static String solutionIn(String tier) {
        Map<String, Object> body = solution("grow");
        body.put("tier_id", tier);
        body.put("maker", uniqueSubject("gov-maker"));
        return register("gov-admin", "admin", body);
    }

    private static void usage(String id, String day, int users, int groups, int launches, int units) {
        jsonAs("gov-telemetry", "automation")
                .body(Map.of(
                        "day",
                        day,
                        "shared_users",
                        users,
                        "shared_groups",
                        groups,
                        "launches_30d",
                        launches,
                        "business_units",
                        units))
                .when()
                .post(SOLUTIONS + "/" + id + "/usage")
                .then()
                .statusCode(200);
    }
}
