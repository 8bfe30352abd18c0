package io.tierdesk.calendar;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.uniqueName;
import static io.tierdesk.support.SlaFixtures.BUSINESS_HOURS;
import static io.tierdesk.support.SlaFixtures.CALENDARS;
import static io.tierdesk.support.SlaFixtures.TWENTY_FOUR_SEVEN;
import static io.tierdesk.support.SlaFixtures.createCalendar;
import static io.tierdesk.support.SlaFixtures.createPolicy;
import static io.tierdesk.support.SlaFixtures.hours;
import static io.tierdesk.support.SlaFixtures.officeCalendar;
import static io.tierdesk.support.SlaFixtures.policy;
import static io.tierdesk.support.SlaFixtures.weekdays;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CalendarResourceTest {

    private static final String UNKNOWN = UUID.randomUUID().toString();

    @Inject
    EntityManager em;

    private static String path(String id) {
        return CALENDARS + "/" + id;
    }

    private static String admin() {
        return uniqueSubject("admin");
    }

    // --- 401 without a token ---------------------------------------------------------------------------------

    @Test
    void everyCalendarEndpointNeedsAToken() {
        given().when()
                .get(CALENDARS)
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/unauthorized"));
        given().contentType(ContentType.JSON)
                .body(officeCalendar())
                .when()
                .post(CALENDARS)
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
        given().when().get(path(BUSINESS_HOURS)).then().statusCode(401).contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "x"))
                .when()
                .patch(path(BUSINESS_HOURS))
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
        given().when().delete(path(BUSINESS_HOURS)).then().statusCode(401).contentType(PROBLEM_JSON);
    }

    // --- reading ------------------------------------------------------------------------------------------------

    @Test
    void everyRoleReadsTheSeededCalendars() {
        for (String role : List.of("maker", "partner", "helpdesk", "auditor")) {
            as(uniqueSubject(role), role)
                    .when()
                    .get(path(TWENTY_FOUR_SEVEN))
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("name", equalTo("24x7"))
                    .body("time_zone", equalTo("UTC"))
                    .body("built_in", equalTo(true))
                    .body("working_hours", hasSize(7))
                    .body("working_hours.end", hasItem("24:00"));
        }
        as(uniqueSubject("partner"), "partner")
                .when()
                .get(path(BUSINESS_HOURS))
                .then()
                .statusCode(200)
                .body("time_zone", equalTo("Europe/Amsterdam"))
                .body("working_hours.day", contains("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY"))
                .body("working_hours[0].start", equalTo("09:00"))
                .body("working_hours[0].end", equalTo("17:00"))
                .body("built_in", equalTo(false));
    }

    @Test
    void unknownCalendarIsNotFound() {
        as(admin(), "admin")
                .when()
                .get(path(UNKNOWN))
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void listIsPagedByNameWithALinkToTheNextPage() {
        createCalendar(officeCalendar());
        createCalendar(officeCalendar());
        String maker = uniqueSubject("maker");
        Set<String> seen = new HashSet<>();
        ExtractableResponse<Response> first = as(maker, "maker")
                .queryParam("limit", 1)
                .when()
                .get(CALENDARS)
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("next_cursor", notNullValue())
                .extract();
        assertThat(first.header("Link")).contains("rel=\"next\"");
        seen.add(first.path("items[0].id"));
        String cursor = first.path("next_cursor");
        while (cursor != null) {
            ExtractableResponse<Response> page = as(maker, "maker")
                    .queryParam("limit", 1)
                    .queryParam("cursor", cursor)
                    .when()
                    .get(CALENDARS)
                    .then()
                    .statusCode(200)
                    .extract();
            assertThat(seen.add(page.path("items[0].id")))
                    .as("each calendar once")
                    .isTrue();
            cursor = page.path("next_cursor");
        }
        assertThat(seen).contains(TWENTY_FOUR_SEVEN, BUSINESS_HOURS).hasSizeGreaterThanOrEqualTo(4);
    }

    @Test
    void cursorOfAnotherCallerIsRejected() {
        String cursor = as(uniqueSubject("maker"), "maker")
                .queryParam("limit", 1)
                .when()
                .get(CALENDARS)
                .then()
                .statusCode(200)
                .extract()
                .path("next_cursor");
        as(uniqueSubject("maker"), "maker")
                .queryParam("cursor", cursor)
                .when()
                .get(CALENDARS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-cursor"));
    }

    // --- create -------------------------------------------------------------------------------------------------

    @Test
    void adminCreatesCalendarWithSplitDaysAndHolidays() {
        Map<String, Object> body = officeCalendar();
        body.put(
                "working_hours",
                List.of(
                        hours("TUESDAY", "09:00", "17:00"),
                        hours("MONDAY", "13:00", "17:00"),
                        hours("MONDAY", "09:00", "12:00"),
                        hours("SATURDAY", "22:00", "24:00")));
        body.put(
                "holidays",
                List.of(
                        Map.of("date", "2026-12-25", "recurring_yearly", true, "name", "Christmas Day"),
                        Map.of("date", "2026-04-27")));
        ExtractableResponse<Response> created = jsonAs(admin(), "admin")
                .body(body)
                .when()
                .post(CALENDARS)
                .then()
                .statusCode(201)
                .body("name", equalTo(body.get("name")))
                .body("built_in", equalTo(false))
                .body("version", equalTo(1))
                .body("working_hours.day", contains("MONDAY", "MONDAY", "TUESDAY", "SATURDAY"))
                .body("working_hours.start", contains("09:00", "13:00", "09:00", "22:00"))
                .body("working_hours[3].end", equalTo("24:00"))
                .body("holidays[0].date", equalTo("2026-12-25"))
                .body("holidays[0].recurring_yearly", equalTo(true))
                .body("holidays[0].name", equalTo("Christmas Day"))
                .body("holidays[1].recurring_yearly", equalTo(false))
                .extract();
        assertThat(created.header("Location")).endsWith(path(created.path("id")));
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        as(uniqueSubject("auditor"), "auditor")
                .when()
                .get(path(created.path("id")))
                .then()
                .statusCode(200)
                .body("holidays", hasSize(2))
                .body("working_hours", hasSize(4));
    }

    @Test
    void holidaysAreStoredAsIsoDatesLikeTheSeeds() {
        Map<String, Object> body = officeCalendar();
        body.put("holidays", List.of(Map.of("date", "2026-12-25", "recurring_yearly", true)));
        String id = createCalendar(body);

        Object stored = em.createNativeQuery("SELECT holidays ->> 0 FROM calendars WHERE id = CAST(?1 AS uuid)")
                .setParameter(1, id)
                .getSingleResult();
        assertThat(stored).hasToString("{\"date\": \"2026-12-25\", \"recurring_yearly\": true}");
    }

    @Test
    void creatingCalendarIsAudited() {
        String id = createCalendar(officeCalendar());
        as(uniqueSubject("auditor"), "auditor")
                .queryParam("resource_type", "calendar")
                .queryParam("resource_id", id)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", contains("calendar.created"))
                .body("items[0].after.time_zone", equalTo("Europe/Amsterdam"));
    }

    @Test
    void onlyAdminsCreateCalendars() {
        for (String role : List.of("platform", "helpdesk", "maker", "partner")) {
            Map<String, Object> body = officeCalendar();
            jsonAs(uniqueSubject(role), role)
                    .body(body)
                    .when()
                    .post(CALENDARS)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("/problems/forbidden"));
        }
    }

    @Test
    void retriedCreationWithTheSameIdempotencyKeyCreatesOneCalendar() {
        String admin = admin();
        Map<String, Object> body = officeCalendar();
        String first = jsonAs(admin, "admin")
                .header("Idempotency-Key", "cal-1")
                .body(body)
                .when()
                .post(CALENDARS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        jsonAs(admin, "admin")
                .header("Idempotency-Key", "cal-1")
                .body(body)
                .when()
                .post(CALENDARS)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }

    @Test
    void duplicateNameIgnoringCaseIsConflict() {
        Map<String, Object> body = officeCalendar();
        createCalendar(body);
        body.put("name", ((String) body.get("name")).toUpperCase());
        jsonAs(admin(), "admin")
                .body(body)
                .when()
                .post(CALENDARS)
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/calendar-name-taken"));
    }

    @Test
    void unknownTimeZoneIsRejectedAndNothingIsStored() {
        Map<String, Object> body = officeCalendar();
        body.put("time_zone", "Europe/Atlantis");
        assertRejected(body, 400, "time_zone");
        body.put("time_zone", "+02:00");
        assertRejected(body, 400, "time_zone");
    }

    @Test
    void intervalEndingBeforeItStartsIsRejected() {
        Map<String, Object> body = officeCalendar();
        body.put("working_hours", List.of(hours("MONDAY", "09:00", "17:00"), hours("TUESDAY", "17:00", "09:00")));
        assertRejected(body, 400, "working_hours[1].end");
        body.put("working_hours", List.of(hours("MONDAY", "09:00", "09:00")));
        assertRejected(body, 400, "working_hours[0].end");
    }

    @Test
    void overlappingIntervalsOnADayAreRejected() {
        Map<String, Object> body = officeCalendar();
        body.put(
                "working_hours",
                List.of(
                        hours("MONDAY", "09:00", "12:30"),
                        hours("TUESDAY", "09:00", "17:00"),
                        hours("MONDAY", "12:00", "17:00")));
        assertRejected(body, 400, "working_hours[2]");
    }

    @Test
    void malformedTimesAreRejected() {
        Map<String, Object> body = officeCalendar();
        body.put("working_hours", List.of(hours("MONDAY", "9:00", "17:00")));
        assertRejected(body, 400, "working_hours[0].start");
        body.put("working_hours", List.of(hours("MONDAY", "24:00", "24:00")));
        assertRejected(body, 400, "working_hours[0].start");
        body.put("working_hours", List.of(hours("MONDAY", "09:00", "24:30")));
        assertRejected(body, 400, "working_hours[0].end");
    }

    @Test
    void calendarWithoutWorkingHoursIsRejected() {
        Map<String, Object> body = officeCalendar();
        body.put("working_hours", List.of());
        assertRejected(body, 400, "working_hours");
    }

    @Test
    void unknownPropertyIsRejected() {
        Map<String, Object> body = officeCalendar();
        body.put("colour", "blue");
        assertRejected(body, 400, "colour");
    }

    // --- update -------------------------------------------------------------------------------------------------

    @Test
    void adminReplacesWorkingHoursAndTheVersionGrows() {
        String id = createCalendar(officeCalendar());
        String admin = admin();
        ExtractableResponse<Response> patched = jsonAs(admin, "admin")
                .header("If-Match", "\"1\"")
                .body(Map.of("working_hours", weekdays("08:00", "16:00"), "time_zone", "Europe/London"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("time_zone", equalTo("Europe/London"))
                .body("working_hours.start", hasItems("08:00"))
                .extract();
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");
        as(uniqueSubject("auditor"), "auditor")
                .queryParam("resource_id", id)
                .queryParam("action", "calendar.updated")
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items[0].before.time_zone", equalTo("Europe/Amsterdam"))
                .body("items[0].after.time_zone", equalTo("Europe/London"));
    }

    @Test
    void patchThatChangesNothingKeepsTheVersion() {
        Map<String, Object> body = officeCalendar();
        String id = createCalendar(body);
        jsonAs(admin(), "admin")
                .body(Map.of("name", body.get("name"), "working_hours", weekdays("09:00", "17:00")))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
    }

    @Test
    void invalidPatchChangesNothing() {
        String id = createCalendar(officeCalendar());
        jsonAs(admin(), "admin")
                .body(Map.of("time_zone", "Mars/Olympus_Mons", "name", uniqueName("renamed")))
                .when()
                .patch(path(id))
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("time_zone"));
        as(admin(), "admin")
                .when()
                .get(path(id))
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("time_zone", equalTo("Europe/Amsterdam"));
    }

    @Test
    void staleIfMatchIsPreconditionFailed() {
        String id = createCalendar(officeCalendar());
        String admin = admin();
        jsonAs(admin, "admin")
                .body(Map.of("holidays", List.of(Map.of("date", "2026-05-05"))))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200);
        jsonAs(admin, "admin")
                .header("If-Match", "\"1\"")
                .body(Map.of("holidays", List.of()))
                .when()
                .patch(path(id))
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/precondition-failed"));
        as(admin, "admin")
                .header("If-Match", "\"1\"")
                .when()
                .delete(path(id))
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON);
        as(admin, "admin").when().get(path(id)).then().statusCode(200).body("holidays", hasSize(1));
    }

    @Test
    void onlyAdminsChangeCalendars() {
        String id = createCalendar(officeCalendar());
        jsonAs(uniqueSubject("platform"), "platform")
                .body(Map.of("name", uniqueName("x")))
                .when()
                .patch(path(id))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        as(uniqueSubject("helpdesk"), "helpdesk")
                .when()
                .delete(path(id))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        as(admin(), "admin").when().get(path(id)).then().statusCode(200);
    }

    @Test
    void changingUnknownCalendarIsNotFound() {
        jsonAs(admin(), "admin")
                .body(Map.of("name", uniqueName("x")))
                .when()
                .patch(path(UNKNOWN))
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        as(admin(), "admin").when().delete(path(UNKNOWN)).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void renamingToATakenNameIsConflict() {
        Map<String, Object> taken = officeCalendar();
        createCalendar(taken);
        String id = createCalendar(officeCalendar());
        jsonAs(admin(), "admin")
                .body(Map.of("name", taken.get("name")))
                .when()
                .patch(path(id))
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void theBuiltInCalendarCannotBeChangedOrDeleted() {
        jsonAs(admin(), "admin")
                .body(Map.of("time_zone", "Europe/Amsterdam"))
                .when()
                .patch(path(TWENTY_FOUR_SEVEN))
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/calendar-built-in"));
        as(admin(), "admin")
                .when()
                .delete(path(TWENTY_FOUR_SEVEN))
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/calendar-built-in"));
        as(admin(), "admin")
                .when()
                .get(path(TWENTY_FOUR_SEVEN))
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("time_zone", equalTo("UTC"));
    }

    // --- delete -------------------------------------------------------------------------------------------------

    @Test
    void adminDeletesAnUnusedCalendar() {
        String id = createCalendar(officeCalendar());
        String admin = admin();
        as(admin, "admin")
                .header("If-Match", "\"1\"")
                .when()
                .delete(path(id))
                .then()
                .statusCode(204);
        as(admin, "admin").when().get(path(id)).then().statusCode(404);
        as(uniqueSubject("auditor"), "auditor")
                .queryParam("resource_id", id)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", contains("calendar.deleted", "calendar.created"));
    }

    @Test
    void calendarUsedByAPolicyCannotBeDeleted() {
        String id = createCalendar(officeCalendar());
        createPolicy(policy(id));
        as(admin(), "admin")
                .when()
                .delete(path(id))
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/calendar-in-use"));
        as(admin(), "admin").when().get(path(id)).then().statusCode(200);
    }

    @Test
    void calendarUsedByAnEarlierPolicyVersionCannotBeDeleted() {
        String old = createCalendar(officeCalendar());
        String policyId = createPolicy(policy(old));
        jsonAs(admin(), "admin")
                .body(Map.of("calendar_id", BUSINESS_HOURS))
                .when()
                .patch("/api/v1/sla-policies/" + policyId)
                .then()
                .statusCode(200);

        as(admin(), "admin")
                .when()
                .delete(path(old))
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/calendar-in-use"));
    }

    /** Rejected with a problem naming the field, and nothing changed: every change is audited in its transaction. */
    private static void assertRejected(Map<String, Object> body, int status, String field) {
        String admin = admin();
        jsonAs(admin, "admin")
                .body(body)
                .when()
                .post(CALENDARS)
                .then()
                .statusCode(status)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem(field));
        as(uniqueSubject("auditor"), "auditor")
                .queryParam("actor", admin)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }
}
