package io.tierdesk.ticket;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.ensureDefaultTeams;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tierdesk.support.TestClock;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TicketExternalRefTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void defaultTeams() {
        ensureDefaultTeams();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String byRef(String system, String externalId) {
        return TICKETS + "/by-external-ref/" + system + "/" + externalId;
    }

    private static Map<String, Object> incident(String title) {
        Map<String, Object> body = new HashMap<>();
        body.put("category", "BUG");
        body.put("title", title);
        body.put("priority", "P3");
        body.put("requester", uniqueSubject("caller"));
        body.put("url", "https://example.service-now.com/incident/" + title.hashCode());
        return body;
    }

    private static List<String> ticketsWithRef(String system, String externalId) {
        return as(uniqueSubject("admin"), "admin")
                .queryParam("external_system", system)
                .queryParam("external_id", externalId)
                .queryParam("limit", 200)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @Test
    void theReferenceRecordsWhenASyncLastChangedTheTicketThroughIt() {
        String integration = uniqueSubject("servicenow");
        String ref = "INC" + UUID.randomUUID();
        Map<String, Object> body = incident("Printer jams");
        clock.set(Instant.parse("2033-06-01T08:00:00Z"));
        String id = jsonAs(integration, "integration")
                .body(body)
                .when()
                .put(byRef("servicenow", ref))
                .then()
                .statusCode(201)
                .body("external_refs[0].last_synced_at", equalTo("2033-06-01T08:00:00Z"))
                .extract()
                .path("id");

        clock.set(Instant.parse("2033-06-01T09:00:00Z"));
        jsonAs(integration, "integration")
                .body(body)
                .when()
                .put(byRef("servicenow", ref))
                .then()
                .statusCode(200)
                .body("external_refs[0].last_synced_at", equalTo("2033-06-01T08:00:00Z"));

        clock.set(Instant.parse("2033-06-01T10:00:00Z"));
        body.put("title", "Printer jams on every floor");
        jsonAs(integration, "integration")
                .body(body)
                .when()
                .put(byRef("servicenow", ref))
                .then()
                .statusCode(200)
                .body("external_refs[0].last_synced_at", equalTo("2033-06-01T10:00:00Z"));

        clock.set(Instant.parse("2033-06-01T11:00:00Z"));
        String etag = as(uniqueSubject("agent"), "helpdesk")
                .when()
                .get(TICKETS + "/" + id)
                .then()
                .extract()
                .header("ETag");
        List<Map<String, Object>> refs = List.of(
                Map.of(
                        "system",
                        "servicenow",
                        "external_id",
                        ref,
                        "url",
                        body.get("url"),
                        "last_synced_at",
                        "2000-01-01T00:00:00Z"),
                Map.of("system", "jira", "external_id", "OPS-" + ref.hashCode()));
        jsonAs(uniqueSubject("agent"), "helpdesk")
                .header("If-Match", etag)
                .body(Map.of("external_refs", refs))
                .when()
                .patch(TICKETS + "/" + id)
                .then()
                .statusCode(200)
                .body(
                        "external_refs.find { it.system == 'servicenow' }.last_synced_at",
                        equalTo("2033-06-01T10:00:00Z"))
                .body("external_refs.find { it.system == 'jira' }.last_synced_at", equalTo("2033-06-01T11:00:00Z"));
    }

    @Test
    void theFirstPutCreatesAndLaterPutsUpdateTheSameTicket() {
        String integration = uniqueSubject("servicenow");
        String ref = "INC" + UUID.randomUUID();
        Map<String, Object> body = incident("Mail is down");

        Response created = jsonAs(integration, "integration").body(body).when().put(byRef("servicenow", ref));
        created.then()
                .statusCode(201)
                .body("external_refs[0].system", equalTo("servicenow"))
                .body("external_refs[0].external_id", equalTo(ref))
                .body("external_refs[0].url", equalTo(body.get("url")))
                .body("requester", equalTo(body.get("requester")));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith(ticketPath(id));

        jsonAs(integration, "integration")
                .body(body)
                .when()
                .put(byRef("servicenow", ref))
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .header("ETag", created.header("ETag"));

        body.put("title", "Mail is down everywhere");
        body.put("priority", "P1");
        jsonAs(integration, "integration")
                .body(body)
                .when()
                .put(byRef("servicenow", ref))
                .then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("title", equalTo("Mail is down everywhere"))
                .body("priority", equalTo("P1"));
        assertThat(ticketsWithRef("servicenow", ref)).containsExactly(id);
        as(uniqueSubject("admin"), "admin")
                .queryParam("resource_id", id)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.action", org.hamcrest.Matchers.hasItems("ticket.created", "ticket.updated"));
    }

    @Test
    void ifMatchKeepsConcurrentUpdatesFromBeingLost() {
        String integration = uniqueSubject("jira");
        String ref = "SUP-" + Math.abs(UUID.randomUUID().getMostSignificantBits());
        Map<String, Object> body = incident("Form broken");
        jsonAs(integration, "integration")
                .header("If-Match", "\"1\"")
                .body(body)
                .when()
                .put(byRef("jira", ref))
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON);
        assertThat(ticketsWithRef("jira", ref)).isEmpty();

        String etag = jsonAs(integration, "integration")
                .body(body)
                .when()
                .put(byRef("jira", ref))
                .then()
                .statusCode(201)
                .extract()
                .header("ETag");
        body.put("title", "Form broken for everyone");
        String updated = jsonAs(integration, "integration")
                .header("If-Match", etag)
                .body(body)
                .when()
                .put(byRef("jira", ref))
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(updated).isNotEqualTo(etag);
        body.put("title", "A stale edit");
        jsonAs(integration, "integration")
                .header("If-Match", etag)
                .body(body)
                .when()
                .put(byRef("jira", ref))
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON);
        as(integration, "integration")
                .when()
                .get(ticketPath(ticketsWithRef("jira", ref).get(0)))
                .then()
                .body("title", equalTo("Form broken for everyone"));
    }

    @Test
    void tenConcurrentFirstPutsMakeOneTicket() throws Exception {
        String integration = uniqueSubject("servicenow");
        String ref = "INC" + UUID.randomUUID();
        Map<String, Object> body = incident("Raced");
        int callers = 10;
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(callers);
        List<Future<Response>> responses = new ArrayList<>();
        try {
            for (int i = 0; i < callers; i++) {
                responses.add(threads.submit(() -> {
                    go.await();
                    return jsonAs(integration, "integration").body(body).when().put(byRef("servicenow", ref));
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> ids = new ArrayList<>();
            for (Future<Response> response : responses) {
                statuses.add(response.get().statusCode());
                ids.add(response.get().path("id"));
            }
            assertThat(statuses).containsOnly(200, 201);
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(ids).containsOnly(ids.get(0));
        } finally {
            threads.shutdownNow();
        }
        assertThat(ticketsWithRef("servicenow", ref)).hasSize(1);
    }

    @Test
    void aTokenIsRequired() {
        given().contentType("application/json")
                .body(incident("Anonymous"))
                .when()
                .put(byRef("servicenow", "INC1"))
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"maker", "partner", "automation", "auditor"})
    void onlySupportStaffAndIntegrationsMirrorTickets(String role) {
        String ref = "INC" + UUID.randomUUID();
        jsonAs(uniqueSubject(role), role)
                .body(incident("Not mine to sync"))
                .when()
                .put(byRef("servicenow", ref))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        assertThat(ticketsWithRef("servicenow", ref)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"helpdesk", "platform", "admin", "integration"})
    void supportStaffAndIntegrationsMirrorTickets(String role) {
        String ref = "INC" + UUID.randomUUID();
        jsonAs(uniqueSubject(role), role)
                .body(incident("Mirrored"))
                .when()
                .put(byRef("servicenow", ref))
                .then()
                .statusCode(201);
        assertThat(ticketsWithRef("servicenow", ref)).hasSize(1);
    }
}
