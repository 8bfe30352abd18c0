package io.tierdesk.demo;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Paths.ticketPath;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Tokens;
import java.net.URI;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The demo world, loaded at a small size through the API into the suite's database (its names and subjects carry a
 * tag, and on a shared database it changes nothing global), obeys the rules and covers what the demo promises.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoWorldTest {

    private static final String AUDITOR = "demo-auditor";

    @TestHTTPResource("/api/v1")
    URI api;

    private String tag;
    private DemoWorld.Loaded world;

    @BeforeAll
    void loadSmallWorld() {
        tag = "-" + UUID.randomUUID().toString().substring(0, 6);
        world = new DemoWorld(
                        api.toString(),
                        (subject, roles) -> Tokens.token(subject, roles.toArray(String[]::new)),
                        Path.of("dev/demo/people.tsv"),
                        tag)
                .load(DemoWorld.Size.SMALL, false, "http://localhost:9/demo", LocalDate.now());
    }

    @Test
    void ticketsCoverEveryStatusAndLevelAndKeepTheirRules() {
        List<Map<String, Object>> tickets = world.ticketIds().stream()
                .map(id -> as(AUDITOR, "auditor")
                        .get(ticketPath(id))
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Map<String, Object>>path(""))
                .toList();
        assertThat(tickets).hasSize(DemoWorld.Size.SMALL.tickets());
        assertThat(values(tickets, "status"))
                .containsExactlyInAnyOrder(
                        "NEW",
                        "TRIAGED",
                        "IN_PROGRESS",
                        "WAITING_ON_REQUESTER",
                        "WAITING_ON_VENDOR",
                        "RESOLVED",
                        "CLOSED");
        assertThat(values(tickets, "support_level"))
                .contains("MAKER", "TEAM", "HELP_DESK", "PLATFORM", "PARTNER", "VENDOR");
        for (Map<String, Object> ticket : tickets) {
            String level = (String) ticket.get("support_level");
            String status = (String) ticket.get("status");
            if (level.equals("VENDOR")) {
                assertThat(ticket.get("vendor_case_ref"))
                        .as("a vendor escalation records the case")
                        .isNotNull();
            }
            if (level.equals("PARTNER")) {
                assertThat(ticket.get("team_id")).isEqualTo(world.teamIds().get("partner"));
            }
            if (status.equals("RESOLVED") || status.equals("CLOSED")) {
                assertThat(ticket.get("resolved_at")).isNotNull();
            }
            if (status.equals("CLOSED")) {
                assertThat(ticket.get("closed_at")).isNotNull();
            }
        }
        as(AUDITOR, "auditor")
                .get(ticketPath(world.vendorTicketId(), "history"))
                .then()
                .statusCode(200);
    }

    @Test
    void environmentRequestsAreInEveryState() {
        Set<Object> states = world.environmentRequestIds().stream()
                .map(id -> as("demo-admin", "admin")
                        .get("/api/v1/environment-requests/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("status"))
                .collect(Collectors.toSet());
        assertThat(states).containsExactlyInAnyOrderElementsOf(EnvironmentQueue.STATES);
    }

    @Test
    void solutionsSpanTheTiersWithFindingsCandidatesAndAGraduationUnderWay() {
        Set<Object> tiers = world.solutionIds().stream()
                .map(id -> as("demo-admin", "admin")
                        .get("/api/v1/solutions/" + id)
                        .then()
                        .statusCode(200)
                        .extract()
                        .path("tier_id"))
                .collect(Collectors.toSet());
        assertThat(tiers).contains("productivity", "important", "critical");
        long nonCompliant = world.solutionIds().stream()
                .filter(id -> !as("demo-admin", "admin")
                        .get("/api/v1/solutions/" + id + "/compliance")
                        .then()
                        .statusCode(200)
                        .extract()
                        .<Boolean>path("compliant"))
                .count();
        assertThat(nonCompliant).isPositive();
        as("demo-admin", "admin")
                .get("/api/v1/graduation-requests/" + world.pendingGraduationId())
                .then()
                .statusCode(200)
                .body("status", equalTo("PENDING"));
        List<Boolean> done = as("demo-admin", "admin")
                .get("/api/v1/handoffs/" + world.handoffId())
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .extract()
                .path("checklist.done");
        assertThat(done).contains(true, false);
    }

    @Test
    void knowledgeHasStaleArticlesAndTheWebhookStaysOffOnASharedDatabase() {
        List<Object> stale = as("hana.helpdesk" + tag, "helpdesk")
                .get("/api/v1/knowledge-articles/stale")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        assertThat(stale).isNotEmpty();
        as("demo-admin", "admin")
                .get("/api/v1/webhooks/" + world.webhookId())
                .then()
                .statusCode(200)
                .body("enabled", equalTo(false));
        assertThat(world.webhookSecret()).startsWith("whsec_");
    }

    private static Set<Object> values(List<Map<String, Object>> items, String field) {
        return items.stream().map(item -> item.get(field)).collect(Collectors.toSet());
    }
}
