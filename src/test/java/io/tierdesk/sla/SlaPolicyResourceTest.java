package io.tierdesk.sla;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.uniqueName;
import static io.tierdesk.support.SlaFixtures.BUSINESS_HOURS;
import static io.tierdesk.support.SlaFixtures.CRITICAL_24X7;
import static io.tierdesk.support.SlaFixtures.CRITICAL_BUSINESS_HOURS;
import static io.tierdesk.support.SlaFixtures.IMPORTANT_BUSINESS_HOURS;
import static io.tierdesk.support.SlaFixtures.SLA_POLICIES;
import static io.tierdesk.support.SlaFixtures.TWENTY_FOUR_SEVEN;
import static io.tierdesk.support.SlaFixtures.createPolicy;
import static io.tierdesk.support.SlaFixtures.nextRank;
import static io.tierdesk.support.SlaFixtures.policy;
import static io.tierdesk.support.SlaFixtures.target;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.tierdesk.calendar.BusinessCalendar;
import io.tierdesk.calendar.WorkingInterval;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.sla.policy.ResolvedSlaPolicy;
import io.tierdesk.sla.policy.SlaPolicyService;
import io.tierdesk.ticketterms.TicketPriority;
import io.tierdesk.ticketterms.TicketStatus;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SlaPolicyResourceTest {

    private static final String UNKNOWN = UUID.randomUUID().toString();

    @Inject
    SlaPolicyService service;

    private static String path(String id) {
        return SLA_POLICIES + "/" + id;
    }

    private static String admin() {
        return uniqueSubject("admin");
    }

    private static Map<String, Object> enabled(List<String> tiers, List<String> priorities, int rank) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", uniqueName("Enabled policy"));
        body.put("tier_ids", tiers);
        body.put("priorities", priorities);
        body.put("calendar_id", BUSINESS_HOURS);
        body.put("targets", priorities.stream().map(p -> target(p, 30, 60)).toList());
        body.put("rank", rank);
        return body;
    }

    // --- 401 without a token ---------------------------------------------------------------------------------

    @Test
    void everyPolicyEndpointNeedsAToken() {
        given().when()
                .get(SLA_POLICIES)
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/unauthorized"));
        given().contentType(ContentType.JSON)
                .body(policy(BUSINESS_HOURS))
                .when()
                .post(SLA_POLICIES)
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
        given().when().get(path(CRITICAL_24X7)).then().statusCode(401).contentType(PROBLEM_JSON);
        given().contentType(ContentType.JSON)
                .body(Map.of("enabled", false))
                .when()
                .patch(path(CRITICAL_24X7))
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    // --- reading ------------------------------------------------------------------------------------------------

    @Test
    void everyRoleReadsTheSeededPolicies() {
        for (String role : List.of("partner", "maker", "helpdesk", "auditor")) {
            as(uniqueSubject(role), role)
                    .when()
                    .get(path(CRITICAL_24X7))
                    .then()
                    .statusCode(200)
                    .header("ETag", "\"1\"")
                    .body("name", equalTo("Critical — 24x7 for P1/P2"))
                    .body("tier_ids", contains("critical"))
                    .body("priorities", contains("P1", "P2"))
                    .body("calendar_id", equalTo(TWENTY_FOUR_SEVEN))
                    .body("targets[0].first_response_minutes", equalTo(15))
                    .body("targets[0].resolution_minutes", equalTo(240))
                    .body("pause_statuses", contains("WAITING_ON_REQUESTER", "WAITING_ON_VENDOR"))
                    .body("warning_thresholds", contains(75, 90))
                    .body("escalate_on_breach", equalTo(true))
                    .body("enabled", equalTo(true));
        }
        as(uniqueSubject("partner"), "partner")
                .when()
                .get(path(IMPORTANT_BUSINESS_HOURS))
                .then()
                .statusCode(200)
                .body("priorities", contains("P1", "P2", "P3", "P4"))
                .body("calendar_id", equalTo(BUSINESS_HOURS))
                .body("targets.resolution_minutes", contains(480, 960, 2400, 4800));
    }

    @Test
    void unknownPolicyIsNotFound() {
        as(admin(), "admin")
                .when()
                .get(path(UNKNOWN))
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void listFiltersByTierPriorityAndEnabled() {
        as(uniqueSubject("maker"), "maker")
                .queryParam("tier_id", "critical")
                .queryParam("priority", "P1")
                .queryParam("enabled", true)
                .queryParam("limit", 200)
                .when()
                .get(SLA_POLICIES)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(CRITICAL_24X7))
                .body("items.id", not(hasItem(CRITICAL_BUSINESS_HOURS)))
                .body("items.id", not(hasItem(IMPORTANT_BUSINESS_HOURS)))
                .body("items.enabled", not(hasItem(false)));
        as(uniqueSubject("maker"), "maker")
                .queryParam("tier_id", "productivity")
                .queryParam("limit", 200)
                .when()
                .get(SLA_POLICIES)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItems(CRITICAL_24X7)))
                .body("items.id", not(hasItem(IMPORTANT_BUSINESS_HOURS)));
        String disabled = createPolicy(policy(BUSINESS_HOURS));
        as(uniqueSubject("maker"), "maker")
                .queryParam("enabled", false)
                .queryParam("tier_id", "important")
                .queryParam("limit", 200)
                .when()
                .get(SLA_POLICIES)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(disabled))
                .body("items.enabled", not(hasItem(true)));
    }

    @Test
    void listIsPagedHighestRankFirst() {
        createPolicy(policy(BUSINESS_HOURS));
        createPolicy(policy(BUSINESS_HOURS));
        String helpdesk = uniqueSubject("helpdesk");
        List<Integer> ranks = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String cursor = null;
        do {
            var request = as(helpdesk, "helpdesk").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page =
                    request.when().get(SLA_POLICIES).then().statusCode(200).extract();
            if (page.path("next_cursor") != null) {
                assertThat(page.header("Link")).contains("rel=\"next\"");
            }
            ranks.addAll(page.path("items.rank"));
            for (String id : page.<List<String>>path("items.id")) {
                assertThat(seen.add(id)).as("each policy once").isTrue();
            }
            cursor = page.path("next_cursor");
        } while (cursor != null);
        assertThat(ranks).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
        assertThat(seen).contains(CRITICAL_24X7, CRITICAL_BUSINESS_HOURS, IMPORTANT_BUSINESS_HOURS);
    }

    // --- create -------------------------------------------------------------------------------------------------

    @Test
    void adminCreatesPolicyAsVersionOneWithDefaults() {
        Map<String, Object> body = policy(BUSINESS_HOURS);
        body.put("priorities", List.of("P3", "P1", "P2", "P1"));
        body.put("targets", List.of(target("P3", 480, 2400), target("P1", 60, 240), target("P2", 240, 960)));
        ExtractableResponse<Response> created = jsonAs(admin(), "admin")
                .body(body)
                .when()
                .post(SLA_POLICIES)
                .then()
                .statusCode(201)
                .body("version", equalTo(1))
                .body("priorities", contains("P1", "P2", "P3"))
                .body("targets.priority", contains("P1", "P2", "P3"))
                .body("pause_statuses", contains("WAITING_ON_REQUESTER", "WAITING_ON_VENDOR"))
                .body("warning_thresholds", contains(75, 90))
                .body("escalate_on_breach", equalTo(false))
                .body("enabled", equalTo(false))
                .body("created_at", notNullValue())
                .extract();
        assertThat(created.header("Location")).endsWith(path(created.path("id")));
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        as(uniqueSubject("auditor"), "auditor")
                .queryParam("resource_type", "sla_policy")
                .queryParam("resource_id", created.<String>path("id"))
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", contains("sla_policy.created"));
    }

    @Test
    void onlyAdminsCreatePolicies() {
        for (String role : List.of("platform", "helpdesk", "maker", "partner", "automation")) {
            jsonAs(uniqueSubject(role), role)
                    .body(policy(BUSINESS_HOURS))
                    .when()
                    .post(SLA_POLICIES)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM_JSON)
                    .body("type", equalTo("/problems/forbidden"));
        }
    }

    @Test
    void firstResponseLongerThanResolutionIsUnprocessable() {
        Map<String, Object> body = policy(BUSINESS_HOURS);
        body.put("targets", List.of(target("P1", 60, 240), target("P2", 961, 960), target("P3", 480, 2400)));
        assertRejected(body, 422, "/problems/invalid-sla-policy", "targets[1].first_response_minutes");
    }

    @Test
    void warningThresholdsOutsideOneToNinetyNineAreRejected() {
        Map<String, Object> body = policy(BUSINESS_HOURS);
        body.put("warning_thresholds", List.of(0, 50));
        assertRejected(body, 400, "/problems/validation", "warning_thresholds[0]");
        body.put("warning_thresholds", List.of(50, 100));
        assertRejected(body, 400, "/problems/validation", "warning_thresholds[1]");
    }

    @Test
    void everyPriorityNeedsExactlyOneTarget() {
        Map<String, Object> body = policy(BUSINESS_HOURS);
        body.put("targets", List.of(target("P1", 60, 240), target("P2", 240, 960)));
        assertRejected(body, 422, "/problems/invalid-sla-policy", "targets");
        body.put(
                "targets",
                List.of(
                        target("P1", 60, 240),
                        target("P2", 240, 960),
                        target("P3", 480, 2400),
                        target("P4", 480, 2400)));
        assertRejected(body, 422, "/problems/invalid-sla-policy", "targets[3].priority");
        body.put("targets", List.of(target("P1", 60, 240), target("P2", 240, 960), target("P2", 480, 2400)));
        assertRejected(body, 422, "/problems/invalid-sla-policy", "targets[2].priority");
    }

    @Test
    void resolvedClosedAndInProgressCannotPauseTheClock() {
        Map<String, Object> body = policy(BUSINESS_HOURS);
        body.put("pause_statuses", List.of("WAITING_ON_VENDOR", "RESOLVED"));
        assertRejected(body, 422, "/problems/invalid-sla-policy", "pause_statuses[1]");
        body.put("pause_statuses", List.of("CLOSED"));
        assertRejected(body, 422, "/problems/invalid-sla-policy", "pause_statuses[0]");
        body.put("pause_statuses", List.of("IN_PROGRESS"));
        assertRejected(body, 422, "/problems/invalid-sla-policy", "pause_statuses[0]");
    }

    @Test
    void triageMayPauseTheResolutionClock() {
        Map<String, Object> body = policy(BUSINESS_HOURS);
        body.put("pause_statuses", List.of("WAITING_ON_VENDOR", "NEW", "TRIAGED"));
        jsonAs(admin(), "admin")
                .body(body)
                .when()
                .post(SLA_POLICIES)
                .then()
                .statusCode(201)
                .body("pause_statuses", contains("NEW", "TRIAGED", "WAITING_ON_VENDOR"));
    }

    @Test
    void unknownTierAndCalendarAreUnprocessable() {
        Map<String, Object> body = policy(BUSINESS_HOURS);
        body.put("tier_ids", List.of("important", "legendary"));
        assertRejected(body, 422, "/problems/unknown-tier", null);
        body = policy(UNKNOWN);
        assertRejected(body, 422, "/problems/unknown-calendar", null);
    }

    @Test
    void malformedPoliciesAreBadRequests() {
        Map<String, Object> body = policy(BUSINESS_HOURS);
        body.remove("rank");
        assertRejected(body, 400, null, "rank");
        body = policy(BUSINESS_HOURS);
        body.put("targets", List.of(target("P1", 0, 240)));
        assertRejected(body, 400, null, "targets[0].first_response_minutes");
        body = policy(BUSINESS_HOURS);
        body.put("priorities", List.of("P5"));
        assertRejected(body, 400, "/problems/malformed-body", "priorities[0]");
        body = policy(BUSINESS_HOURS);
        body.put("colour", "blue");
        assertRejected(body, 400, "/problems/validation", "colour");
    }

    // --- rank conflicts --------------------------------------------------------------------------------------

    @Test
    void enabledPoliciesWithTheSameRankMayNotOverlap() {
        int rank = nextRank();
        createPolicy(enabled(List.of("important"), List.of("P1", "P2"), rank));

        Map<String, Object> clash = enabled(List.of("critical", "important"), List.of("P2", "P4"), rank);
        assertRejected(clash, 409, "/problems/sla-policy-conflict", null);

        createPolicy(enabled(List.of("important"), List.of("P3", "P4"), rank));
        createPolicy(enabled(List.of("critical"), List.of("P1"), rank));
        createPolicy(enabled(List.of("important"), List.of("P1"), nextRank()));
    }

    @Test
    void aNewPolicyWithTheSeededRankCollidesWithTheSeededPolicy() {
        assertRejected(enabled(List.of("critical"), List.of("P2"), 100), 409, "/problems/sla-policy-conflict", null);
    }

    @Test
    void enablingADisabledPolicyChecksItsRank() {
        int rank = nextRank();
        createPolicy(enabled(List.of("important"), List.of("P1"), rank));
        Map<String, Object> body = enabled(List.of("important"), List.of("P1"), rank);
        body.put("enabled", false);
        String dormant = createPolicy(body);

        jsonAs(admin(), "admin")
                .body(Map.of("enabled", true))
                .when()
                .patch(path(dormant))
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/sla-policy-conflict"));
        jsonAs(admin(), "admin")
                .body(Map.of("enabled", true, "rank", nextRank()))
                .when()
                .patch(path(dormant))
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true))
                .body("version", equalTo(2));
    }

    // --- update and versions ------------------------------------------------------------------------------------

    @Test
    void editingAPolicyMakesANewVersionAndKeepsTheOldOneForPinnedTickets() {
        String id = createPolicy(policy(BUSINESS_HOURS));
        String admin = admin();
        ExtractableResponse<Response> patched = jsonAs(admin, "admin")
                .header("If-Match", "\"1\"")
                .body(Map.of(
                        "targets",
                        List.of(target("P1", 30, 120), target("P2", 120, 480), target("P3", 480, 2400)),
                        "calendar_id",
                        TWENTY_FOUR_SEVEN,
                        "escalate_on_breach",
                        true))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200)
                .body("version", equalTo(2))
                .body("targets[1].resolution_minutes", equalTo(480))
                .body("calendar_id", equalTo(TWENTY_FOUR_SEVEN))
                .extract();
        assertThat(patched.header("ETag")).isEqualTo("\"2\"");

        ResolvedSlaPolicy pinned = service.version(UUID.fromString(id), 1, TicketPriority.P2);
        assertThat(pinned.policyVersion()).isEqualTo(1);
        assertThat(pinned.firstResponseTarget()).isEqualTo(Duration.ofMinutes(240));
        assertThat(pinned.resolutionTarget()).isEqualTo(Duration.ofMinutes(960));
        assertThat(pinned.calendarId()).hasToString(BUSINESS_HOURS);
        assertThat(pinned.escalateOnBreach()).isFalse();
        ResolvedSlaPolicy current = service.version(UUID.fromString(id), 2, TicketPriority.P2);
        assertThat(current.resolutionTarget()).isEqualTo(Duration.ofMinutes(480));
        assertThat(current.calendar()).isEqualTo(BusinessCalendar.twentyFourSeven(ZoneId.of("UTC")));
        assertThat(current.escalateOnBreach()).isTrue();

        as(uniqueSubject("auditor"), "auditor")
                .queryParam("resource_id", id)
                .queryParam("action", "sla_policy.updated")
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].before.calendar_id", equalTo(BUSINESS_HOURS))
                .body("items[0].after.calendar_id", equalTo(TWENTY_FOUR_SEVEN));
    }

    @Test
    void everyEditIsAVersionOfItsOwn() {
        String id = createPolicy(policy(BUSINESS_HOURS));
        jsonAs(admin(), "admin")
                .body(Map.of("name", uniqueName("second")))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200)
                .body("version", equalTo(2));
        jsonAs(admin(), "admin")
                .body(Map.of("warning_thresholds", List.of(90, 50, 90)))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200)
                .body("version", equalTo(3))
                .body("warning_thresholds", contains(50, 90));
        assertThat(service.version(UUID.fromString(id), 2, TicketPriority.P1).warningThresholds())
                .containsExactly(75, 90);
        assertThat(service.version(UUID.fromString(id), 3, TicketPriority.P1).warningThresholds())
                .containsExactly(50, 90);
    }

    @Test
    void patchThatChangesNothingKeepsTheVersion() {
        String id = createPolicy(policy(BUSINESS_HOURS));
        jsonAs(admin(), "admin")
                .body(Map.of("priorities", List.of("P3", "P2", "P1"), "enabled", false))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200)
                .body("version", equalTo(1));
    }

    @Test
    void invalidPatchChangesNothing() {
        String id = createPolicy(policy(BUSINESS_HOURS));
        jsonAs(admin(), "admin")
                .body(Map.of("priorities", List.of("P1", "P2", "P3", "P4")))
                .when()
                .patch(path(id))
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("targets"));
        jsonAs(admin(), "admin")
                .body(Map.of("targets", List.of(target("P1", 300, 240), target("P2", 1, 2), target("P3", 1, 2))))
                .when()
                .patch(path(id))
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors.field", contains("targets[0].first_response_minutes"));
        as(admin(), "admin")
                .when()
                .get(path(id))
                .then()
                .statusCode(200)
                .body("version", equalTo(1))
                .body("priorities", hasSize(3));
    }

    @Test
    void staleIfMatchIsPreconditionFailed() {
        String id = createPolicy(policy(BUSINESS_HOURS));
        jsonAs(admin(), "admin")
                .body(Map.of("name", uniqueName("first")))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200);
        jsonAs(admin(), "admin")
                .header("If-Match", "\"1\"")
                .body(Map.of("name", uniqueName("second")))
                .when()
                .patch(path(id))
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/precondition-failed"));
        as(admin(), "admin").when().get(path(id)).then().statusCode(200).body("version", equalTo(2));
    }

    @Test
    void onlyAdminsChangePolicies() {
        for (String role : List.of("platform", "helpdesk", "partner")) {
            jsonAs(uniqueSubject(role), role)
                    .body(Map.of("enabled", false))
                    .when()
                    .patch(path(CRITICAL_24X7))
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM_JSON);
        }
        as(admin(), "admin")
                .when()
                .get(path(CRITICAL_24X7))
                .then()
                .statusCode(200)
                .body("enabled", equalTo(true));
    }

    @Test
    void changingUnknownPolicyIsNotFound() {
        jsonAs(admin(), "admin")
                .body(Map.of("enabled", false))
                .when()
                .patch(path(UNKNOWN))
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    // --- the API for tickets: resolve and version ------------------------------------------------------------

    @Test
    void resolveFindsTheSeededPolicyForEachTierAndPriority() {
        ResolvedSlaPolicy critical =
                service.resolve("critical", TicketPriority.P1).orElseThrow();
        assertThat(critical.policyId()).hasToString(CRITICAL_24X7);
        assertThat(critical.policyVersion()).isEqualTo(1);
        assertThat(critical.firstResponseTarget()).isEqualTo(Duration.ofMinutes(15));
        assertThat(critical.resolutionTarget()).isEqualTo(Duration.ofMinutes(240));
        assertThat(critical.calendar()).isEqualTo(BusinessCalendar.twentyFourSeven(ZoneId.of("UTC")));
        assertThat(critical.escalateOnBreach()).isTrue();
        assertThat(critical.pauseStatuses())
                .containsExactlyInAnyOrder(TicketStatus.WAITING_ON_REQUESTER, TicketStatus.WAITING_ON_VENDOR);
        assertThat(critical.warningThresholds()).containsExactly(75, 90);

        ResolvedSlaPolicy criticalLow =
                service.resolve("critical", TicketPriority.P4).orElseThrow();
        assertThat(criticalLow.policyId()).hasToString(CRITICAL_BUSINESS_HOURS);
        assertThat(criticalLow.calendar())
                .isEqualTo(new BusinessCalendar(
                        ZoneId.of("Europe/Amsterdam"), WorkingInterval.onWeekdays("09:00", "17:00"), List.of()));

        ResolvedSlaPolicy important =
                service.resolve("important", TicketPriority.P3).orElseThrow();
        assertThat(important.policyId()).hasToString(IMPORTANT_BUSINESS_HOURS);
        assertThat(important.firstResponseTarget()).isEqualTo(Duration.ofMinutes(480));
        assertThat(important.resolutionTarget()).isEqualTo(Duration.ofMinutes(2400));
        assertThat(important.escalateOnBreach()).isFalse();
    }

    @Test
    void resolveFindsNothingWhenNoEnabledPolicyMatches() {
        assertThat(service.resolve("productivity", TicketPriority.P1)).isEmpty();
        assertThat(service.resolve("legendary", TicketPriority.P1)).isEmpty();
    }

    @Test
    void highestRankWinsAndDisabledPoliciesNeverApply() {
        int higher = nextRank();
        int lower = nextRank();
        String winner = createPolicy(enabled(List.of("productivity"), List.of("P1"), higher));
        String runnerUp = createPolicy(enabled(List.of("productivity"), List.of("P1", "P2"), lower));
        try {
            assertThat(service.resolve("productivity", TicketPriority.P1)
                            .orElseThrow()
                            .policyId())
                    .hasToString(winner);
            assertThat(service.resolve("productivity", TicketPriority.P2)
                            .orElseThrow()
                            .policyId())
                    .hasToString(runnerUp);

            jsonAs(admin(), "admin")
                    .body(Map.of("enabled", false))
                    .when()
                    .patch(path(winner))
                    .then()
                    .statusCode(200);
            ResolvedSlaPolicy resolved =
                    service.resolve("productivity", TicketPriority.P1).orElseThrow();
            assertThat(resolved.policyId()).hasToString(runnerUp);
            assertThat(resolved.policyVersion()).isEqualTo(1);
        } finally {
            // Productivity has no SLA; leave it that way for every other test.
            for (String id : List.of(winner, runnerUp)) {
                jsonAs(admin(), "admin")
                        .body(Map.of("enabled", false))
                        .when()
                        .patch(path(id))
                        .then()
                        .statusCode(200);
            }
        }
        assertThat(service.resolve("productivity", TicketPriority.P1)).isEmpty();
    }

    @Test
    void pinnedVersionWithoutATargetForTheNewPriorityAsksForResolveInstead() {
        assertThatThrownBy(() -> service.version(UUID.fromString(CRITICAL_24X7), 1, TicketPriority.P3))
                .isInstanceOfSatisfying(
                        RuleViolation.class,
                        problem -> assertThat(problem.code()).isEqualTo("priority-not-covered"));
        assertThatThrownBy(() -> service.version(UUID.fromString(CRITICAL_24X7), 99, TicketPriority.P1))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void aCallerCanFallBackToResolveWithinItsOwnTransaction() {
        UUID pinned = QuarkusTransaction.requiringNew().call(() -> {
            try {
                return service.version(UUID.fromString(CRITICAL_24X7), 1, TicketPriority.P4)
                        .policyId();
            } catch (RuleViolation notCovered) {
                return service.resolve("critical", TicketPriority.P4)
                        .orElseThrow()
                        .policyId();
            }
        });
        assertThat(pinned).hasToString(CRITICAL_BUSINESS_HOURS);
    }

    /** Rejected with this problem, and nothing changed: every change is audited in its transaction. */
    private static void assertRejected(Map<String, Object> body, int status, String type, String field) {
        String admin = admin();
        var response = jsonAs(admin, "admin")
                .body(body)
                .when()
                .post(SLA_POLICIES)
                .then()
                .statusCode(status)
                .contentType(PROBLEM_JSON);
        if (type != null) {
            response.body("type", equalTo(type));
        }
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        as(uniqueSubject("auditor"), "auditor")
                .queryParam("actor", admin)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
    }
}
