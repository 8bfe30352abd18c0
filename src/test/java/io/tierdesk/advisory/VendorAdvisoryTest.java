package io.tierdesk.advisory;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.addMember;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.createTeam;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.API;
import static io.tierdesk.support.Paths.VENDOR_ADVISORIES;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.ensureDefaultTeams;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.register;
import static io.tierdesk.support.Scenario.solutionOf;
import static io.tierdesk.support.Scenario.ticketAbout;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VendorAdvisoryTest {

    private static final String TITLE = "Users may be unable to save apps ";

    @BeforeEach
    void defaultTeams() {
        ensureDefaultTeams();
    }

    /**
     * Advisories for the whole platform match every solution: left active, they would hold back the vendor cases of
     * every later test. Each test's advisories are resolved after it.
     */
    @AfterEach
    void resolveThisTestsAdvisories() {
        String admin = uniqueSubject("admin");
        String cursor = null;
        do {
            var request = as(admin, "admin").queryParam("status", "ACTIVE").queryParam("limit", 100);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            var page = request.when()
                    .get(VENDOR_ADVISORIES)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            for (Map<String, Object> item : page.<Map<String, Object>>getList("items")) {
                if (String.valueOf(item.get("title")).startsWith(TITLE)) {
                    jsonAs(admin, "admin")
                            .when()
                            .post(VENDOR_ADVISORIES + "/" + item.get("id") + "/resolve")
                            .then()
                            .statusCode(200);
                }
            }
            cursor = page.getString("next_cursor");
        } while (cursor != null);
    }

    private static String uniqueRegion() {
        return "region-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Map<String, Object> advisory(String service, List<String> regions, OffsetDateTime startsAt) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", TITLE + UUID.randomUUID());
        body.put("service", service);
        body.put("regions", regions);
        body.put("starts_at", startsAt.toString());
        body.put("link", "https://status.example.com/advisories/" + UUID.randomUUID());
        return body;
    }

    private static ValidatableResponse post(String subject, String role, Map<String, Object> body) {
        return jsonAs(subject, role).body(body).when().post(VENDOR_ADVISORIES).then();
    }

    private static String posted(Map<String, Object> body) {
        return post(uniqueSubject("feed"), "automation", body)
                .statusCode(201)
                .extract()
                .path("id");
    }

    private static OffsetDateTime anHourAgo() {
        return OffsetDateTime.now(ZoneOffset.UTC).minusHours(1).withNano(0);
    }

    /** A ticket at PLATFORM about a canvas app (Power Apps) that runs in this region. */
    private static String platformTicketIn(String region) {
        String solution = register(
                uniqueSubject("platform"),
                "platform",
                solutionOf("critical", uniqueSubject("maker"), null).region(region));
        return raiseTicket(uniqueSubject("user"), ticketAbout("BUG", solution));
    }

    private static ValidatableResponse escalateToVendor(String ticket, boolean despite) {
        Map<String, Object> body = new HashMap<>();
        body.put("to_level", "VENDOR");
        body.put("reason", "Vendor defect");
        body.put("vendor_case_ref", "CASE-" + UUID.randomUUID());
        if (despite) {
            body.put("despite_advisories", true);
        }
        return jsonAs(uniqueSubject("platform"), "platform")
                .body(body)
                .when()
                .post(ticketPath(ticket, "escalations"))
                .then();
    }

    private static ValidatableResponse link(String ticket, String subject, String role, String advisory) {
        return jsonAs(subject, role)
                .body(Map.of("advisory_id", advisory, "reason", "Same symptom"))
                .when()
                .post(ticketPath(ticket, "advisory-links"))
                .then();
    }

    private static ValidatableResponse read(String ticket) {
        return as(uniqueSubject("admin"), "admin")
                .when()
                .get(ticketPath(ticket))
                .then()
                .statusCode(200);
    }

    // --- advisories ----------------------------------------------------------------------------------------------

    @Test
    void automationPostsAnAdvisoryThatStaffReadAndAutomationResolves() {
        String region = uniqueRegion();
        Map<String, Object> body = advisory("POWER_APPS", List.of(region.toUpperCase()), anHourAgo());
        String id = post(uniqueSubject("feed"), "automation", body)
                .statusCode(201)
                .header("Location", containsString("/vendor-advisories/"))
                .body("status", equalTo("ACTIVE"))
                .body("regions", equalTo(List.of(region)))
                .body("ends_at", nullValue())
                .extract()
                .path("id");

        for (String role :
                List.of("helpdesk", "platform", "partner", "admin", "automation", "integration", "auditor")) {
            as(uniqueSubject(role), role)
                    .when()
                    .get(VENDOR_ADVISORIES + "/" + id)
                    .then()
                    .statusCode(200)
                    .body("title", equalTo(body.get("title")));
        }
        as(uniqueSubject("agent"), "helpdesk")
                .queryParam("region", region)
                .queryParam("status", "ACTIVE")
                .when()
                .get(VENDOR_ADVISORIES)
                .then()
                .statusCode(200)
                .body("items.id", hasItem(id));
        as(uniqueSubject("agent"), "helpdesk")
                .queryParam("region", uniqueRegion())
                .queryParam("service", "POWER_APPS")
                .when()
                .get(VENDOR_ADVISORIES)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(id)));

        as(uniqueSubject("feed"), "automation")
                .when()
                .post(VENDOR_ADVISORIES + "/" + id + "/resolve")
                .then()
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("ends_at", notNullValue());
        as(uniqueSubject("feed"), "automation")
                .when()
                .post(VENDOR_ADVISORIES + "/" + id + "/resolve")
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/vendor-advisory-resolved"));
    }

    @Test
    void whoMayPostReadAndResolveAdvisories() {
        String id = posted(advisory("POWER_AUTOMATE", List.of(uniqueRegion()), anHourAgo()));
        Map<String, Object> body = advisory("POWER_AUTOMATE", List.of(uniqueRegion()), anHourAgo());

        given().when().get(VENDOR_ADVISORIES).then().statusCode(401);
        given().when().get(VENDOR_ADVISORIES + "/" + id).then().statusCode(401);
        given().contentType("application/json")
                .body(body)
                .when()
                .post(VENDOR_ADVISORIES)
                .then()
                .statusCode(401);
        given().when().post(VENDOR_ADVISORIES + "/" + id + "/resolve").then().statusCode(401);

        for (String role : List.of("maker", "helpdesk", "partner", "integration", "auditor")) {
            post(uniqueSubject(role), role, body).statusCode(403).contentType(PROBLEM_JSON);
            as(uniqueSubject(role), role)
                    .when()
                    .post(VENDOR_ADVISORIES + "/" + id + "/resolve")
                    .then()
                    .statusCode(403);
        }
        as(uniqueSubject("maker"), "maker").when().get(VENDOR_ADVISORIES).then().statusCode(403);
        as(uniqueSubject("maker"), "maker")
                .when()
                .get(VENDOR_ADVISORIES + "/" + id)
                .then()
                .statusCode(403);
        as(uniqueSubject("agent"), "helpdesk")
                .when()
                .get(VENDOR_ADVISORIES + "/" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        as(uniqueSubject("platform"), "platform")
                .when()
                .post(VENDOR_ADVISORIES + "/" + UUID.randomUUID() + "/resolve")
                .then()
                .statusCode(404);
        post(uniqueSubject("platform"), "platform", body).statusCode(201);
        post(uniqueSubject("admin"), "admin", body).statusCode(201);
        as(uniqueSubject("agent"), "helpdesk")
                .when()
                .get(VENDOR_ADVISORIES + "/" + id)
                .then()
                .statusCode(200)
                .body("status", equalTo("ACTIVE"));
    }

    @Test
    void anAdvisoryThatEndsBeforeItStartsIsRefusedNamingEndsAt() {
        Map<String, Object> body = advisory("POWER_APPS", List.of(), anHourAgo());
        body.put("ends_at", anHourAgo().minusHours(1).toString());
        post(uniqueSubject("feed"), "automation", body)
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("ends_at"));
    }

    @Test
    void postingWithAnIdempotencyKeyTwiceRecordsOneAdvisory() {
        String feed = uniqueSubject("feed");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = advisory("DATAVERSE", List.of(uniqueRegion()), anHourAgo());
        String first = jsonAs(feed, "automation")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(VENDOR_ADVISORIES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        jsonAs(feed, "automation")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(VENDOR_ADVISORIES)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
    }

    // --- before a vendor case ------------------------------------------------------------------------------------

    @Test
    void anEscalationToTheVendorAnswersWithTheMatchingActiveAdvisoriesAndTheTicketIsLinkedInstead() {
        String region = uniqueRegion();
        String matching = posted(advisory("POWER_APPS", List.of(region), anHourAgo()));
        String otherRegion = posted(advisory("POWER_APPS", List.of(uniqueRegion()), anHourAgo()));
        String otherService = posted(advisory("COPILOT_STUDIO", List.of(region), anHourAgo()));
        String ticket = platformTicketIn(region);
        read(ticket).body("support_level", equalTo("PLATFORM"));
        String tag = read(ticket).extract().header("ETag");

        escalateToVendor(ticket, false)
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/vendor-advisory-active"))
                .body("detail", containsString(matching))
                .body("detail", not(containsString(otherRegion)))
                .body("detail", not(containsString(otherService)))
                .body("errors.field", hasItem("despite_advisories"));
        read(ticket).header("ETag", tag).body("support_level", equalTo("PLATFORM"));

        link(ticket, uniqueSubject("platform"), "platform", matching)
                .statusCode(200)
                .body("vendor_advisory_id", equalTo(matching))
                .body("support_level", equalTo("PLATFORM"));
        read(ticket).body("vendor_advisory_id", equalTo(matching));
        List<Map<String, Object>> history = as(uniqueSubject("admin"), "admin")
                .when()
                .get(ticketPath(ticket, "history"))
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(history)
                .filteredOn(entry -> "ADVISORY_LINKED".equals(entry.get("kind")))
                .singleElement()
                .satisfies(entry -> assertThat((String) entry.get("detail")).contains(matching))
                .satisfies(entry -> assertThat(entry).containsEntry("reason", "Same symptom"));
    }

    @Test
    void aCaseIsRaisedDespiteAdvisoriesOnlyWhenTheCallerSaysSoAndWithoutMatchingOnesAsBefore() {
        String region = uniqueRegion();
        posted(advisory("POWER_PLATFORM", List.of(region), anHourAgo()));
        String ticket = platformTicketIn(region);
        escalateToVendor(ticket, true).statusCode(200).body("support_level", equalTo("VENDOR"));

        String elsewhere = platformTicketIn(uniqueRegion());
        escalateToVendor(elsewhere, false).statusCode(200).body("support_level", equalTo("VENDOR"));
    }

    @Test
    void aResolvedOrFutureAdvisoryNoLongerHoldsBackAVendorCase() {
        String region = uniqueRegion();
        String resolved = posted(advisory("POWER_APPS", List.of(region), anHourAgo()));
        as(uniqueSubject("feed"), "automation")
                .when()
                .post(VENDOR_ADVISORIES + "/" + resolved + "/resolve")
                .then()
                .statusCode(200);
        posted(advisory("POWER_APPS", List.of(region), anHourAgo().plusDays(2)));
        String ticket = platformTicketIn(region);

        link(ticket, uniqueSubject("platform"), "platform", resolved)
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/vendor-advisory-resolved"));
        escalateToVendor(ticket, false).statusCode(200);
    }

    // --- linking -------------------------------------------------------------------------------------------------

    @Test
    void linkingNeedsAKnownAdvisoryAndSomeoneWorkingTheTicket() {
        String region = uniqueRegion();
        String advisory = posted(advisory("POWER_APPS", List.of(region), anHourAgo()));
        String ticket = platformTicketIn(region);
        String tag = read(ticket).extract().header("ETag");

        link(ticket, uniqueSubject("platform"), "platform", UUID.randomUUID().toString())
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/unknown-vendor-advisory"))
                .body("errors[0].field", equalTo("advisory_id"));
        String outsider = uniqueSubject("partner");
        addMember(createTeam("PARTNER"), outsider, "MEMBER");
        link(ticket, outsider, "partner", advisory).statusCode(404).contentType(PROBLEM_JSON);
        given().contentType("application/json")
                .body(Map.of("advisory_id", advisory))
                .when()
                .post(ticketPath(ticket, "advisory-links"))
                .then()
                .statusCode(401);
        link(ticket, uniqueSubject("feed"), "automation", advisory).statusCode(403);
        read(ticket).header("ETag", tag).body("vendor_advisory_id", nullValue());

        link(ticket, uniqueSubject("agent"), "helpdesk", advisory).statusCode(200);
    }

    @Test
    void aRequesterWhoSeesButDoesNotWorkTheTicketCannotLinkIt() {
        String region = uniqueRegion();
        String advisory = posted(advisory("POWER_APPS", List.of(region), anHourAgo()));
        String requester = uniqueSubject("user");
        String solution = register(
                uniqueSubject("platform"),
                "platform",
                solutionOf("critical", uniqueSubject("maker"), null).region(region));
        String ticket = raiseTicket(requester, ticketAbout("BUG", solution));

        link(ticket, requester, "maker", advisory).statusCode(403).contentType(PROBLEM_JSON);
        read(ticket).body("vendor_advisory_id", nullValue());
    }

    // --- the report ----------------------------------------------------------------------------------------------

    @Test
    void theReportCountsTicketsPerAdvisory() {
        OffsetDateTime start = OffsetDateTime.of(2019, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)
                .plusMinutes(ThreadLocalRandom.current().nextInt(500_000));
        String region = uniqueRegion();
        String busy = posted(advisory("POWER_APPS", List.of(region), start));
        String quiet = posted(advisory("POWER_APPS", List.of(region), start.plusSeconds(1)));
        for (int i = 0; i < 2; i++) {
            link(platformTicketIn(region), uniqueSubject("platform"), "platform", busy)
                    .statusCode(200);
        }

        List<Map<String, Object>> rows = as(uniqueSubject("auditor"), "auditor")
                .queryParam("since", start.toString())
                .queryParam("until", start.plusMinutes(1).toString())
                .when()
                .get(API + "/reports/vendor-advisories")
                .then()
                .statusCode(200)
                .extract()
                .path("rows");
        assertThat(rows).extracting(row -> row.get("advisory_id")).containsSubsequence(busy, quiet);
        assertThat(rows)
                .filteredOn(row -> busy.equals(row.get("advisory_id")))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("tickets", 2).containsEntry("service", "POWER_APPS"));
        assertThat(rows)
                .filteredOn(row -> quiet.equals(row.get("advisory_id")))
                .singleElement()
                .satisfies(row -> assertThat(row).containsEntry("tickets", 0));
        as(uniqueSubject("maker"), "maker")
                .queryParam("since", start.toString())
                .queryParam("until", start.plusMinutes(1).toString())
                .when()
                .get(API + "/reports/vendor-advisories")
                .then()
                .statusCode(403);
        given().queryParam("since", start.toString())
                .queryParam("until", start.plusMinutes(1).toString())
                .when()
                .get(API + "/reports/vendor-advisories")
                .then()
                .statusCode(401);
    }
}
