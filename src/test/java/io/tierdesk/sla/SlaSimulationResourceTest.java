package io.tierdesk.sla;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.SlaFixtures.BUSINESS_HOURS;
import static io.tierdesk.support.SlaFixtures.CRITICAL_24X7;
import static io.tierdesk.support.SlaFixtures.SLA_POLICIES;
import static io.tierdesk.support.SlaFixtures.TWENTY_FOUR_SEVEN;
import static io.tierdesk.support.SlaFixtures.createCalendar;
import static io.tierdesk.support.SlaFixtures.createPolicy;
import static io.tierdesk.support.SlaFixtures.officeCalendar;
import static io.tierdesk.support.SlaFixtures.policy;
import static io.tierdesk.support.SlaFixtures.target;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The examples of DOMAIN.md ("Business calendars", "SLA policies and clocks") through the simulate endpoint. */
@QuarkusTest
class SlaSimulationResourceTest {

    /** A Monday to Friday 09:00–17:00 Europe/Amsterdam calendar of this test's own. */
    private static String office;
    /** Disabled Important policy on {@link #office}: P1 60/240, P2 240/960, P3 480/2400 minutes. */
    private static String officePolicy;

    /** Once per class; not in @BeforeAll, which runs before RestAssured knows the application's port. */
    @BeforeEach
    void createOfficePolicyOnce() {
        if (officePolicy == null) {
            office = createCalendar(officeCalendar());
            officePolicy = createPolicy(policy(office));
        }
    }

    private static Map<String, Object> request(String start, String priority, Map<?, ?>... events) {
        Map<String, Object> body = new HashMap<>();
        body.put("start", start);
        body.put("priority", priority);
        body.put("events", List.of(events));
        return body;
    }

    private static Map<String, Object> event(String at, String type) {
        return Map.of("at", at, "type", type);
    }

    private static ValidatableResponse simulate(String policyId, Map<String, Object> body, String... roles) {
        return jsonAs(uniqueSubject("caller"), roles.length == 0 ? new String[] {"helpdesk"} : roles)
                .body(body)
                .when()
                .post(SLA_POLICIES + "/" + policyId + "/simulate")
                .then();
    }

    @Test
    void simulatingNeedsAToken() {
        given().contentType(ContentType.JSON)
                .body(request("2026-03-13T16:00:00+01:00", "P2"))
                .when()
                .post(SLA_POLICIES + "/" + officePolicy + "/simulate")
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void everyRoleMaySimulateBecauseNothingIsStored() {
        for (String role : List.of("admin", "platform", "helpdesk", "maker", "partner", "auditor")) {
            simulate(officePolicy, request("2026-03-13T16:00:00+01:00", "P2"), role)
                    .statusCode(200);
        }
        as(uniqueSubject("auditor"), "auditor")
                .queryParam("resource_id", officePolicy)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", contains("sla_policy.created"));
    }

    @Test
    void simulatingAnUnknownPolicyIsNotFound() {
        simulate(UUID.randomUUID().toString(), request("2026-03-13T16:00:00+01:00", "P2"))
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void fridayFourPmWithAFourHourResponseTargetIsDueMondayNoon() {
        Map<String, Object> body = request("2026-03-13T16:00:00+01:00", "P2");
        body.put("at", "2026-03-13T19:00:00+01:00");
        simulate(officePolicy, body)
                .statusCode(200)
                .body("policy_id", equalTo(officePolicy))
                .body("policy_version", equalTo(1))
                .body("calendar_id", equalTo(office))
                .body("at", equalTo("2026-03-13T18:00:00Z"))
                .body("first_response.metric", equalTo("FIRST_RESPONSE"))
                .body("first_response.target_minutes", equalTo(240))
                .body("first_response.started_at", equalTo("2026-03-13T15:00:00Z"))
                .body("first_response.due_at", equalTo("2026-03-16T11:00:00Z"))
                .body("first_response.state", equalTo("RUNNING"))
                .body("first_response.elapsed_business_minutes", equalTo(60))
                .body("first_response.remaining_business_minutes", equalTo(180))
                .body("first_response.events.type", contains("STARTED"))
                .body("resolution.metric", equalTo("RESOLUTION"))
                .body("resolution.target_minutes", equalTo(960));
    }

    @Test
    void saturdayAndClosingTimeCountFromMondayMorning() {
        simulate(officePolicy, request("2026-03-14T10:00:00+01:00", "P2"))
                .statusCode(200)
                .body("first_response.due_at", equalTo("2026-03-16T12:00:00Z"));
        simulate(officePolicy, request("2026-03-13T17:00:00+01:00", "P2"))
                .statusCode(200)
                .body("first_response.due_at", equalTo("2026-03-16T12:00:00Z"));
    }

    @Test
    void lunchBreakIsSkipped() {
        Map<String, Object> calendar = officeCalendar();
        calendar.put(
                "working_hours",
                List.of(
                        Map.of("day", "MONDAY", "start", "09:00", "end", "12:00"),
                        Map.of("day", "MONDAY", "start", "13:00", "end", "17:00")));
        Map<String, Object> body = policy(createCalendar(calendar));
        String policyId = createPolicy(body);

        simulate(policyId, request("2026-03-16T11:30:00+01:00", "P1"))
                .statusCode(200)
                .body("first_response.due_at", equalTo("2026-03-16T12:30:00Z"));
    }

    @Test
    void holidaysAreSkipped() {
        Map<String, Object> calendar = officeCalendar();
        calendar.put("holidays", List.of(Map.of("date", "2025-03-16", "recurring_yearly", true, "name", "Day off")));
        String policyId = createPolicy(policy(createCalendar(calendar)));

        simulate(policyId, request("2026-03-13T16:00:00+01:00", "P2"))
                .statusCode(200)
                .body("first_response.due_at", equalTo("2026-03-17T11:00:00Z"));
    }

    @Test
    void pauseFromMondayFourToTuesdayTenHoldsTwoBusinessHours() {
        Map<String, Object> body = request(
                "2026-03-16T09:00:00+01:00",
                "P2",
                Map.of("at", "2026-03-16T16:00:00+01:00", "type", "PAUSE", "reason", "WAITING_ON_REQUESTER"));
        simulate(officePolicy, body)
                .statusCode(200)
                .body("resolution.state", equalTo("PAUSED"))
                .body("resolution.due_at", nullValue())
                .body("resolution.paused_since", equalTo("2026-03-16T15:00:00Z"))
                .body("resolution.events.type", contains("STARTED", "PAUSED"))
                .body("resolution.events[1].reason", equalTo("WAITING_ON_REQUESTER"))
                .body("first_response.state", equalTo("RUNNING"));

        body.put(
                "events",
                List.of(
                        Map.of("at", "2026-03-16T16:00:00+01:00", "type", "PAUSE", "reason", "WAITING_ON_REQUESTER"),
                        event("2026-03-17T10:00:00+01:00", "RESUME")));
        simulate(officePolicy, body)
                .statusCode(200)
                .body("at", equalTo("2026-03-17T09:00:00Z"))
                .body("resolution.state", equalTo("RUNNING"))
                .body("resolution.started_at", equalTo("2026-03-16T08:00:00Z"))
                .body("resolution.due_at", equalTo("2026-03-18T10:00:00Z"))
                .body("resolution.elapsed_business_minutes", equalTo(420))
                .body("resolution.remaining_business_minutes", equalTo(540))
                .body("resolution.events.type", contains("STARTED", "PAUSED", "RESUMED"))
                .body("resolution.events[0].due_at", equalTo("2026-03-17T16:00:00Z"))
                .body("resolution.events[2].due_at", equalTo("2026-03-18T10:00:00Z"));
    }

    @Test
    void twentyFourSevenFourHoursAcrossTheSpringChangeIsDueAtTwoThirtyUtc() {
        simulate(CRITICAL_24X7, request("2026-03-28T23:30:00+01:00", "P1"))
                .statusCode(200)
                .body("calendar_id", equalTo(TWENTY_FOUR_SEVEN))
                .body("resolution.target_minutes", equalTo(240))
                .body("resolution.due_at", equalTo("2026-03-29T02:30:00Z"))
                .body("first_response.due_at", equalTo("2026-03-28T22:45:00Z"));
    }

    @Test
    void priorityChangeIntoThePastBreachesAtTheNewDueDateForGood() {
        Map<String, Object> body = request(
                "2026-03-16T09:00:00+01:00",
                "P3",
                Map.of("at", "2026-03-16T15:00:00+01:00", "type", "PRIORITY_CHANGE", "priority", "P1"));
        simulate(officePolicy, body)
                .statusCode(200)
                .body("priority", equalTo("P1"))
                .body("resolution.target_minutes", equalTo(240))
                .body("resolution.due_at", equalTo("2026-03-16T12:00:00Z"))
                .body("resolution.breached", equalTo(true))
                .body("resolution.ever_breached", equalTo(true))
                .body("resolution.remaining_business_minutes", equalTo(-120))
                .body("resolution.events.type", contains("STARTED", "TARGET_CHANGED", "BREACHED"))
                .body("resolution.events[1].previous_target_minutes", equalTo(2400))
                .body("resolution.events[1].target_minutes", equalTo(240))
                .body("resolution.events[2].at", equalTo("2026-03-16T12:00:00Z"));

        body.put(
                "events",
                List.of(
                        Map.of("at", "2026-03-16T15:00:00+01:00", "type", "PRIORITY_CHANGE", "priority", "P1"),
                        Map.of("at", "2026-03-16T15:30:00+01:00", "type", "PRIORITY_CHANGE", "priority", "P3")));
        simulate(officePolicy, body)
                .statusCode(200)
                .body("resolution.due_at", equalTo("2026-03-20T16:00:00Z"))
                .body("resolution.ever_breached", equalTo(true));
    }

    @Test
    void warningsAreReportedAtTheInstantTheyFire() {
        Map<String, Object> body = request("2026-03-16T09:00:00+01:00", "P2");
        body.put("at", "2026-03-16T12:50:00+01:00");
        simulate(officePolicy, body)
                .statusCode(200)
                .body("first_response.events.type", contains("STARTED", "WARNED", "WARNED"))
                .body("first_response.events.warning_percent", contains(nullValue(), equalTo(75), equalTo(90)))
                .body("first_response.events[1].at", equalTo("2026-03-16T11:00:00Z"))
                .body("first_response.events[2].at", equalTo("2026-03-16T11:36:00Z"))
                .body("first_response.breached", equalTo(false));
    }

    @Test
    void resolveAndReopenDoNotCountTheTimeSpentResolved() {
        simulate(
                        officePolicy,
                        request(
                                "2026-03-16T09:00:00+01:00",
                                "P2",
                                event("2026-03-16T10:00:00+01:00", "FIRST_RESPONSE"),
                                event("2026-03-16T11:00:00+01:00", "RESOLVE"),
                                event("2026-03-17T09:00:00+01:00", "REOPEN")))
                .statusCode(200)
                .body("first_response.state", equalTo("MET"))
                .body("resolution.state", equalTo("RUNNING"))
                .body("resolution.cycle", equalTo(2))
                .body("resolution.events.type", contains("STARTED", "MET", "REOPENED"))
                .body("resolution.due_at", equalTo("2026-03-18T14:00:00Z"));
    }

    @Test
    void anEarlierVersionCanBeSimulated() {
        String id = createPolicy(policy(BUSINESS_HOURS));
        jsonAs(uniqueSubject("admin"), "admin")
                .body(Map.of("targets", List.of(target("P1", 60, 240), target("P2", 60, 960), target("P3", 480, 2400))))
                .when()
                .patch(SLA_POLICIES + "/" + id)
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        Map<String, Object> body = request("2026-03-16T09:00:00+01:00", "P2");

        simulate(id, body)
                .statusCode(200)
                .body("policy_version", equalTo(2))
                .body("first_response.target_minutes", equalTo(60));
        body.put("policy_version", 1);
        simulate(id, body)
                .statusCode(200)
                .body("policy_version", equalTo(1))
                .body("first_response.target_minutes", equalTo(240));
        body.put("policy_version", 3);
        simulate(id, body)
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/unknown-policy-version"));
    }

    @Test
    void eventsOutOfOrderAreABadRequest() {
        simulate(
                        officePolicy,
                        request(
                                "2026-03-16T09:00:00+01:00",
                                "P2",
                                event("2026-03-16T12:00:00+01:00", "PAUSE"),
                                event("2026-03-16T11:00:00+01:00", "RESUME")))
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", contains("events[1].at"));
        simulate(officePolicy, request("2026-03-16T09:00:00+01:00", "P2", event("2026-03-16T08:59:00+01:00", "PAUSE")))
                .statusCode(400)
                .body("errors.field", contains("events[0].at"));
        Map<String, Object> body = request("2026-03-16T09:00:00+01:00", "P2");
        body.put("at", "2026-03-16T08:00:00+01:00");
        simulate(officePolicy, body).statusCode(400).body("errors.field", contains("at"));
    }

    @Test
    void eventsThatDoNotFitTheClocksAreUnprocessable() {
        simulate(officePolicy, request("2026-03-16T09:00:00+01:00", "P2", event("2026-03-16T10:00:00+01:00", "RESUME")))
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-sla-event"))
                .body("errors.field", contains("events[0].type"));
        simulate(officePolicy, request("2026-03-16T09:00:00+01:00", "P4"))
                .statusCode(422)
                .body("type", equalTo("/problems/priority-not-covered"));
        simulate(
                        officePolicy,
                        request(
                                "2026-03-16T09:00:00+01:00",
                                "P2",
                                event("2026-03-16T10:00:00+01:00", "PRIORITY_CHANGE")))
                .statusCode(400)
                .body("errors.field", contains("events[0].priority"));
    }

    @Test
    void aTierThePolicyDoesNotTargetIsUnprocessable() {
        Map<String, Object> body = request("2026-03-16T09:00:00+01:00", "P2");
        body.put("tier_id", "important");
        simulate(officePolicy, body).statusCode(200);
        body.put("tier_id", "critical");
        simulate(officePolicy, body)
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/sla-policy-not-applicable"))
                .body("errors.field", contains("tier_id"));
    }

    @Test
    void malformedSimulationRequestsAreBadRequests() {
        Map<String, Object> body = request("2026-03-16T09:00:00+01:00", "P2");
        body.remove("start");
        simulate(officePolicy, body).statusCode(400).contentType(PROBLEM_JSON).body("errors.field", contains("start"));
        body = request("2026-03-16T09:00:00+01:00", "P2", Map.of("at", "2026-03-16T10:00:00+01:00", "type", "SNOOZE"));
        simulate(officePolicy, body).statusCode(400).contentType(PROBLEM_JSON);
        body = request("2026-03-16T09:00:00+01:00", "P2");
        body.put("colour", "blue");
        simulate(officePolicy, body).statusCode(400).body("errors.field", contains("colour"));
        simulate(officePolicy, request("2026-03-16T09:00:00", "P2")).statusCode(400);
    }

    @Test
    void manyEventsAreSimulatedInOrder() {
        Map<?, ?>[] events = new Map<?, ?>[40];
        for (int i = 0; i < events.length; i++) {
            String at = "2026-03-%02dT10:%02d:00+01:00".formatted(16 + i / 20, (i % 20) * 2);
            events[i] = event(at, i % 2 == 0 ? "PAUSE" : "RESUME");
        }
        simulate(officePolicy, request("2026-03-16T09:00:00+01:00", "P3", events))
                .statusCode(200)
                .body("resolution.events", hasSize(41))
                .body("resolution.state", equalTo("RUNNING"));
    }
}
