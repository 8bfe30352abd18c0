package io.tierdesk.security;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.notNullValue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Tokens;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Unrestricted resource consumption and injection: hostile bodies and parameters are 4xx problems, never 5xx. */
@QuarkusTest
class HostileInputTest {

    @Inject
    ObjectMapper mapper;

    @Test
    void aBodyOverTheLimitIsRefusedWith413() {
        String maker = Tokens.uniqueSubject("big-body");
        Map<String, Object> body = ticket("big");
        body.put("description", "x".repeat(1_100_000));
        jsonAs(maker, "maker")
                .body(body)
                .when()
                .post(TICKETS)
                .then()
                .statusCode(413)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("type", equalTo("/problems/payload-too-large"));
        assertNoTicketsOf(maker);
    }

    @Test
    void deeplyNestedJsonIsRefused() {
        String maker = Tokens.uniqueSubject("nesting");
        String body = "{\"category\":\"BUG\",\"title\":\"deep\",\"external_refs\":" + "[".repeat(2000)
                + "]".repeat(2000) + "}";
        jsonAs(maker, "maker")
                .body(body)
                .when()
                .post(TICKETS)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("type", equalTo("/problems/malformed-body"));
        assertNoTicketsOf(maker);
    }

    @Test
    void theApplicationsJsonParserStopsAtTheNestingLimit() throws Exception {
        // Typed bodies fail at the first unexpected token anyway; the limit guards every tree the mapper reads.
        assertThat(mapper.readTree("[".repeat(30) + "]".repeat(30))).isNotNull();
        assertThatThrownBy(() -> mapper.readTree("[".repeat(40) + "]".repeat(40)))
                .isInstanceOf(StreamConstraintsException.class);
        assertThatThrownBy(() -> mapper.readTree("1" + "0".repeat(100))).isInstanceOf(StreamConstraintsException.class);
    }

    @Test
    void arraysLongerThanTheContractAllowsAreRefused() {
        String maker = Tokens.uniqueSubject("long-array");
        Map<String, Object> body = ticket("array");
        List<Map<String, String>> refs = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            refs.add(Map.of("system", "jira", "external_id", "T-" + i));
        }
        body.put("external_refs", refs);
        jsonAs(maker, "maker")
                .body(body)
                .when()
                .post(TICKETS)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors.field", hasItem("external_refs"));
        assertNoTicketsOf(maker);
    }

    @Test
    void stringsLongerThanTheContractAllowsAreRefused() {
        String maker = Tokens.uniqueSubject("long-string");
        Map<String, Object> body = ticket("t");
        body.put("title", "x".repeat(301));
        jsonAs(maker, "maker")
                .body(body)
                .when()
                .post(TICKETS)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors.field", hasItem("title"));
        assertNoTicketsOf(maker);
    }

    @Test
    void anUnknownEnumValueNamesTheAllowedValues() {
        String maker = Tokens.uniqueSubject("enum");
        Map<String, Object> body = ticket("enum");
        body.put("category", "SPACESHIP");
        jsonAs(maker, "maker")
                .body(body)
                .when()
                .post(TICKETS)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors.field", hasItem("category"))
                .body("errors.message", hasItem(containsString("ACCESS_REQUEST, HOW_TO, BUG")));
        assertNoTicketsOf(maker);
    }

    @Test
    void aValueThatIsNotANumberIdOrTimestampNamesItsParameter() {
        as("number-probe", "auditor")
                .queryParam("limit", "abc")
                .when()
                .get(TICKETS)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors.field", hasItem("limit"))
                .body("detail", containsString("'limit' must be an integer"));
        as("id-probe", "auditor")
                .when()
                .get(TICKETS + "/not-an-id")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("ticket_id"))
                .body("errors.message", hasItem("must be a UUID"));
        as("time-probe", "auditor")
                .queryParam("due_before", "yesterday")
                .when()
                .get(TICKETS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("due_before"));
    }

    @Test
    void anUnknownEnumValueInAQueryOrPathParameterNamesTheParameterAndTheAllowedValues() {
        as("enum-probe", "auditor")
                .queryParam("status", "BOGUS")
                .when()
                .get(TICKETS)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-parameter"))
                .body("errors.field", hasItem("status"))
                .body("errors.message", hasItem(containsString("NEW, TRIAGED, IN_PROGRESS")));
        as("enum-probe", "auditor")
                .queryParam("priority", "p1")
                .when()
                .get(TICKETS)
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("priority"))
                .body("detail", containsString("P1, P2, P3"));
        jsonAs("enum-probe", "maker")
                .body(Map.of("evidence", "https://example.com/proof"))
                .when()
                .post("/api/v1/handoffs/" + UUID.randomUUID() + "/checklist/NOT_AN_ITEM")
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors.field", hasItem("item_code"));
    }

    @Test
    void valuesOfTheWrongJsonTypeAreNotCoerced() {
        String maker = Tokens.uniqueSubject("coercion");
        for (Object title : List.of(42, true, 1.5)) {
            Map<String, Object> body = ticket("coercion");
            body.put("title", title);
            jsonAs(maker, "maker")
                    .body(body)
                    .when()
                    .post(TICKETS)
                    .then()
                    .statusCode(400)
                    .contentType(Fixtures.PROBLEM_JSON)
                    .body("errors.field", hasItem("title"));
        }
        Map<String, Object> body = ticket("coercion");
        body.put("priority", 1);
        jsonAs(maker, "maker")
                .body(body)
                .when()
                .post(TICKETS)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors.field", hasItem("priority"));
        assertNoTicketsOf(maker);
    }

    @Test
    void nullIsRefusedWhereTheContractDoesNotAllowIt() {
        String maker = Tokens.uniqueSubject("nulls");
        Map<String, Object> body = ticket("nulls");
        body.put("description", null);
        jsonAs(maker, "maker")
                .body(body)
                .when()
                .post(TICKETS)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("errors.field", hasItem("description"))
                .body("errors.message", hasItem("must not be null"));
        Map<String, Object> withNullItem = ticket("nulls");
        withNullItem.put("external_refs", Arrays.asList((Object) null));
        jsonAs(maker, "maker")
                .body(withNullItem)
                .when()
                .post(TICKETS)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON);
        assertNoTicketsOf(maker);
        // last_synced_at is nullable in the contract.
        Map<String, Object> nullable = ticket("nulls");
        Map<String, Object> ref = new HashMap<>(Map.of("system", "jira", "external_id", Fixtures.uniqueName("T")));
        ref.put("last_synced_at", null);
        nullable.put("external_refs", List.of(ref));
        jsonAs(maker, "maker").body(nullable).when().post(TICKETS).then().statusCode(201);
    }

    @Test
    void invalidUtf8IsRefused() {
        String maker = Tokens.uniqueSubject("utf8");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"category\":\"BUG\",\"title\":\"bad ".getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        as(maker, "maker")
                .contentType("application/json; charset=utf-8")
                .body(body.toByteArray())
                .when()
                .post(TICKETS)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON);
        assertNoTicketsOf(maker);
    }

    @Test
    void hugeLimitsAreClampedAndOverflowingOnesRefused() {
        as("limit-probe", "auditor")
                .queryParam("limit", 1_000_000)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .body("items.size()", lessThanOrEqualTo(200));
        as("limit-probe", "auditor")
                .queryParam("limit", "99999999999999999999")
                .when()
                .get(TICKETS)
                .then()
                .statusCode(400)
                .contentType(Fixtures.PROBLEM_JSON);
        as("limit-probe", "auditor")
                .queryParam("limit", -5)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .body("items.size()", lessThanOrEqualTo(1));
    }

    @Test
    void forgedOrForeignCursorsAreRefused() {
        for (String cursor : new String[] {"garbage", "a.b", "....", "%00", "eyJ9.eyJ9"}) {
            as("cursor-probe", "auditor")
                    .queryParam("cursor", cursor)
                    .when()
                    .get(TICKETS)
                    .then()
                    .statusCode(400)
                    .contentType(Fixtures.PROBLEM_JSON)
                    .body("type", equalTo("/problems/invalid-cursor"));
        }
    }

    @Test
    void sqlAndHtmlAreStoredAndReturnedVerbatim() {
        String maker = Tokens.uniqueSubject("injection");
        String title = "Robert'); DROP TABLE ticket; -- " + Fixtures.uniqueName("x");
        String description = "<script>alert('x')</script><img src=x onerror=alert(1)> ' OR '1'='1 \\u0000";
        Map<String, Object> body = ticket("x");
        body.put("title", title);
        body.put("description", description);
        String id = jsonAs(maker, "maker")
                .body(body)
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        as(maker, "maker")
                .when()
                .get(TICKETS + "/" + id)
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .body("title", equalTo(title))
                .body("description", equalTo(description));
        as(maker, "maker")
                .queryParam("q", "' OR '1'='1")
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200);
        as("injection-auditor", "auditor").when().get(TICKETS).then().statusCode(200);
    }

    @Test
    void aClientOverItsBudgetGets429WithRetryAfter() {
        // rate-limited-client has a budget of 3 requests per minute in the test profile.
        for (int i = 0; i < 3; i++) {
            as("rate-limited-client", "maker")
                    .when()
                    .get("/api/v1/tiers")
                    .then()
                    .statusCode(200);
        }
        as("rate-limited-client", "maker")
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(429)
                .contentType(Fixtures.PROBLEM_JSON)
                .body("type", equalTo("/problems/rate-limited"))
                .header("Retry-After", Integer::parseInt, greaterThanOrEqualTo(1));
        as(Tokens.uniqueSubject("someone-else"), "maker")
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(200);
    }

    @Test
    void machineClientsShareOneBudgetPerClientId() {
        // rate-limited-bot has a budget of 2; each token has another subject but the same client id (azp).
        for (int i = 0; i < 2; i++) {
            given().auth()
                    .oauth2(machineToken("rate-limited-bot", "integration"))
                    .when()
                    .get("/api/v1/tiers")
                    .then()
                    .statusCode(200);
        }
        given().auth()
                .oauth2(machineToken("rate-limited-bot", "integration"))
                .when()
                .get("/api/v1/tiers")
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue());
    }

    private static String machineToken(String clientId, String role) {
        return Jwt.issuer(Tokens.ISSUER)
                .audience(Tokens.AUDIENCE)
                .subject(Tokens.uniqueSubject("service-account"))
                .claim("azp", clientId)
                .groups(Set.of(role))
                .expiresIn(600)
                .sign(Tokens.localKey());
    }

    private static Map<String, Object> ticket(String prefix) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "HOW_TO");
        body.put("title", Fixtures.uniqueName(prefix));
        return body;
    }

    private static void assertNoTicketsOf(String maker) {
        List<?> items = as(maker, "maker")
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(items).isEmpty();
    }
}
