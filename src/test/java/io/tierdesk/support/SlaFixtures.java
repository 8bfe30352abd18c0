package io.tierdesk.support;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.uniqueName;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Builders for calendars and SLA policies; every object gets a unique name, and policies a rank of their own. */
public final class SlaFixtures {

    public static final String CALENDARS = Paths.CALENDARS;
    public static final String SLA_POLICIES = Paths.SLA_POLICIES;
    public static final String TWENTY_FOUR_SEVEN = "00000000-0000-0000-0000-000000000247";
    public static final String BUSINESS_HOURS = "00000000-0000-0000-0000-000000000001";
    public static final String IMPORTANT_BUSINESS_HOURS = "00000000-0000-0000-0001-000000000001";
    public static final String CRITICAL_24X7 = "00000000-0000-0000-0001-000000000002";
    public static final String CRITICAL_BUSINESS_HOURS = "00000000-0000-0000-0001-000000000003";

    /**
     * Ranks below the seeded policies' 100 and never repeated in a run: enabled test policies neither collide with
     * each other nor take over from the seeded policies that other tests (and tickets) resolve.
     */
    private static final AtomicInteger RANKS = new AtomicInteger();

    private SlaFixtures() {}

    public static int nextRank() {
        return -1000 - RANKS.incrementAndGet();
    }

    public static Map<String, Object> hours(String day, String start, String end) {
        return Map.of("day", day, "start", start, "end", end);
    }

    public static List<Map<String, Object>> weekdays(String start, String end) {
        List<Map<String, Object>> hours = new ArrayList<>();
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            hours.add(hours(day, start, end));
        }
        return hours;
    }

    /** Monday to Friday 09:00–17:00 in Europe/Amsterdam, as a creation body with a unique name. */
    public static Map<String, Object> officeCalendar() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", uniqueName("Office"));
        body.put("time_zone", "Europe/Amsterdam");
        body.put("working_hours", weekdays("09:00", "17:00"));
        return body;
    }

    public static String createCalendar(Map<String, Object> body) {
        return jsonAs(Tokens.uniqueSubject("fixture-admin"), "admin")
                .body(body)
                .when()
                .post(CALENDARS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    public static Map<String, Object> target(String priority, int firstResponse, int resolution) {
        return Map.of("priority", priority, "first_response_minutes", firstResponse, "resolution_minutes", resolution);
    }

    /**
     * A disabled policy for Important P1–P3 (P1 60/240, P2 240/960, P3 480/2400) in the given calendar; disabled
     * so it cannot conflict with or win over anything.
     */
    public static Map<String, Object> policy(String calendarId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", uniqueName("Policy"));
        body.put("tier_ids", List.of("important"));
        body.put("priorities", List.of("P1", "P2", "P3"));
        body.put("calendar_id", calendarId);
        body.put("targets", List.of(target("P1", 60, 240), target("P2", 240, 960), target("P3", 480, 2400)));
        body.put("rank", nextRank());
        body.put("enabled", false);
        return body;
    }

    public static String createPolicy(Map<String, Object> body) {
        return jsonAs(Tokens.uniqueSubject("fixture-admin"), "admin")
                .body(body)
                .when()
                .post(SLA_POLICIES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Disables a policy a test enabled, so it applies to no later test's tickets. */
    public static void disablePolicy(String policyId) {
        String admin = Tokens.uniqueSubject("fixture-admin");
        String etag = as(admin, "admin")
                .when()
                .get(SLA_POLICIES + "/" + policyId)
                .then()
                .extract()
                .header("ETag");
        jsonAs(admin, "admin")
                .header("If-Match", etag)
                .body(Map.of("enabled", false))
                .when()
                .patch(SLA_POLICIES + "/" + policyId)
                .then()
                .statusCode(200);
    }
}
