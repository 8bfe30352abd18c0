package io.tierdesk.paging;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.PagingFixtures.person;
import static io.tierdesk.support.Paths.AUDIT;
import static io.tierdesk.support.Paths.PAGES;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.ticketAbout;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.tierdesk.client.model.ExternalRef;
import io.tierdesk.client.model.TicketPriority;
import io.tierdesk.event.Outbox;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.PagingFixtures;
import io.tierdesk.support.SlaFixtures;
import io.tierdesk.support.TestClock;
import io.tierdesk.support.Tokens;
import io.tierdesk.ticket.SlaScanner;
import io.tierdesk.webhook.Receiver;
import io.tierdesk.webhook.WebhookDispatcher;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Pages from breach to verdict on a pinned clock, heard by a webhook receiver that checks every delivery's Standard
 * Webhooks signature: a Critical breach pages level 1; nobody acknowledges, so level 2 is notified exactly at level
 * 1's delay, the levels run again for the policy's repeat, and then the page is unanswered; a page acknowledged by
 * level 1 never escalates; a page whose ticket is resolved is resolved with it.
 */
@QuarkusTest
class PagingEndToEndTest {

    private static final Instant START = Instant.parse("2034-03-06T10:00:00Z");
    private static final Instant BREACH = START.plus(Duration.ofMinutes(11));

    @Inject
    TestClock clock;

    @Inject
    SlaScanner scanner;

    @Inject
    PageEscalationJob timer;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    Outbox outbox;

    private Receiver receiver;
    private String slaPolicy;
    private String integration;
    private Object subscription;

    @BeforeEach
    void setUp() {
        receiver = new Receiver();
        slaPolicy = jsonAs(Tokens.uniqueSubject("admin"), "admin")
                .body(Map.of(
                        "name",
                        Fixtures.uniqueName("paging"),
                        "tier_ids",
                        List.of("critical"),
                        "priorities",
                        List.of("P1"),
                        "calendar_id",
                        "00000000-0000-0000-0000-000000000247",
                        "targets",
                        List.of(Map.of("priority", "P1", "first_response_minutes", 10, "resolution_minutes", 600)),
                        "escalate_on_breach",
                        true,
                        "rank",
                        20_001,
                        "enabled",
                        true))
                .when()
                .post("/api/v1/sla-policies")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    @AfterEach
    void tearDown() {
        SlaFixtures.disablePolicy(slaPolicy);
        if (subscription != null) {
            as(integration, "integration").when().delete("/api/v1/webhooks/" + subscription);
        }
        receiver.close();
        clock.reset();
    }

    @Test
    void pagesEscalateUntilAcknowledgedResolvedOrUnansweredAndEveryStepIsASignedWebhook() {
        clock.set(START);
        Fixtures.Crew crew = Fixtures.crew("BUSINESS_UNIT");
        String policy = PagingFixtures.policy(crew, 1, List.of(person(crew.first(), 15), person(crew.second(), 10)));
        PagingFixtures.choosePolicy(crew, policy);
        integration = Tokens.uniqueSubject("bridge");
        String url = receiver.acceptingUrl();
        Map<String, Object> body = new HashMap<>();
        body.put("target_url", url);
        body.put("event_types", List.of("page.*"));
        body.put("team_ids", List.of(crew.teamId()));
        Map<String, Object> subscribed = jsonAs(integration, "integration")
                .body(body)
                .when()
                .post("/api/v1/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .as(Map.class);
        subscription = subscribed.get("id");
        String secret = (String) subscribed.get("secret");

        String unanswered = ticketWithTheMaker(crew, "INC-1");
        String acknowledged = ticketWithTheMaker(crew, "INC-2");
        String resolved = ticketWithTheMaker(crew, "INC-3");

        clock.set(BREACH);
        scanner.scanBatch();
        String page1 = pageOf(unanswered);
        String page2 = pageOf(acknowledged);
        String page3 = pageOf(resolved);
        for (String page : List.of(page1, page2, page3)) {
            JsonPath raised = read(crew.lead(), page);
            assertThat(raised.getString("trigger")).isEqualTo("SLA_BREACH");
            assertThat(raised.getString("policy_rule")).isEqualTo("TEAM_POLICY");
            assertThat(raised.getString("escalation_policy_id")).isEqualTo(policy);
            assertThat(raised.getList("timeline.subject")).containsExactly(crew.first());
            assertThat(raised.getString("next_notification_at")).isEqualTo("2034-03-06T10:26:00Z");
        }

        clock.set(BREACH.plus(Duration.ofMinutes(1)));
        as(crew.first(), "maker")
                .when()
                .post(PAGES + "/" + page2 + "/acknowledge")
                .then()
                .statusCode(200);
        clock.set(BREACH.plus(Duration.ofMinutes(2)));
        resolveTicket(resolved);

        // Level 1 has 15 minutes: a second early nothing happens; at the delay exactly, level 2 is notified.
        // (Pages of other tests in the shared database may be due too: only this test's pages are asserted.)
        clock.set(BREACH.plus(Duration.ofMinutes(15)).minusSeconds(1));
        timer.escalateDue();
        assertThat(read(crew.lead(), page1).getList("timeline")).hasSize(1);
        clock.set(BREACH.plus(Duration.ofMinutes(15)));
        timer.escalateDue();
        JsonPath escalated = read(crew.lead(), page1);
        assertThat(escalated.getList("timeline.kind")).containsExactly("TRIGGERED", "ESCALATED");
        assertThat(escalated.getString("timeline[1].subject")).isEqualTo(crew.second());
        assertThat(escalated.getString("timeline[1].at")).isEqualTo("2034-03-06T10:26:00Z");
        assertThat(escalated.getInt("level")).isEqualTo(2);

        // Level 2 has 10 minutes; then the levels run again (repeat 1), then the page is unanswered.
        for (int minutes : new int[] {25, 40, 50}) {
            clock.set(BREACH.plus(Duration.ofMinutes(minutes)));
            timer.escalateDue();
        }
        clock.set(BREACH.plus(Duration.ofHours(5)));
        timer.escalateDue();

        JsonPath verdict = read(crew.lead(), page1);
        assertThat(verdict.getString("status")).isEqualTo("TRIGGERED");
        assertThat(verdict.getBoolean("unanswered")).isTrue();
        assertThat(verdict.getString("unanswered_at")).isEqualTo("2034-03-06T11:01:00Z");
        assertThat(verdict.getString("next_notification_at")).isNull();
        assertThat(verdict.getList("timeline.kind"))
                .containsExactly("TRIGGERED", "ESCALATED", "ESCALATED", "ESCALATED", "UNANSWERED");
        assertThat(verdict.getList("timeline.subject"))
                .containsExactly(crew.first(), crew.second(), crew.first(), crew.second(), null);
        assertThat(verdict.getList("timeline.cycle")).containsExactly(0, 0, 1, 1, 1);
        assertThat(verdict.getList("timeline.at"))
                .containsExactly(
                        "2034-03-06T10:11:00Z",
                        "2034-03-06T10:26:00Z",
                        "2034-03-06T10:36:00Z",
                        "2034-03-06T10:51:00Z",
                        "2034-03-06T11:01:00Z");
        assertThat(read(crew.lead(), page2).getList("timeline.kind")).containsExactly("TRIGGERED", "ACKNOWLEDGED");
        JsonPath ended = read(crew.lead(), page3);
        assertThat(ended.getString("status")).isEqualTo("RESOLVED");
        assertThat(ended.getList("timeline.kind")).containsExactly("TRIGGERED", "RESOLVED");
        assertThat(ended.getString("timeline[1].note")).isEqualTo("The ticket was resolved.");
        // The resolution comes first in the ticket's history, then the page it ended.
        List<String> resolvedHistory = as(crew.lead(), "maker")
                .when()
                .get(TICKETS + "/" + resolved + "/history")
                .then()
                .statusCode(200)
                .extract()
                .path("items.findAll { it.kind == 'STATUS_CHANGED' || it.kind == 'PAGE_RESOLVED' }.kind");
        assertThat(resolvedHistory.subList(resolvedHistory.size() - 2, resolvedHistory.size()))
                .containsExactly("STATUS_CHANGED", "PAGE_RESOLVED");

        // The ticket's history, the audit trail and the superseded oncall.paged event tell the same story.
        JsonPath history = as(crew.lead(), "maker")
                .when()
                .get(TICKETS + "/" + unanswered + "/history")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(history.getList("items.findAll { it.kind == 'PAGED' }.detail"))
                .containsExactly(crew.first(), crew.second(), crew.first(), crew.second());
        assertThat(history.getList("items.findAll { it.kind == 'PAGE_UNANSWERED' }"))
                .hasSize(1);
        assertThat(outbox.count("resourceId = ?1 and type = 'oncall.paged'", UUID.fromString(unanswered)))
                .isEqualTo(4);
        assertThat(as(Tokens.uniqueSubject("auditor"), "auditor")
                        .queryParam("resource_type", "page")
                        .queryParam("resource_id", page1)
                        .when()
                        .get(AUDIT)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("items.action"))
                .containsExactlyInAnyOrder(
                        "page.triggered", "page.escalated", "page.escalated", "page.escalated", "page.unanswered");

        // The bridge heard every step once, in order, signed.
        deliverAll();
        List<LoggedRequest> received = receiver.received(url);
        assertThat(received)
                .allSatisfy(request -> assertThat(Receiver.signedWith(request, secret))
                        .as("signed")
                        .isTrue());
        assertThat(typesOf(received, page1))
                .containsExactly(
                        "page.triggered", "page.escalated", "page.escalated", "page.escalated", "page.unanswered");
        assertThat(typesOf(received, page2)).containsExactly("page.triggered", "page.acknowledged");
        assertThat(typesOf(received, page3)).containsExactly("page.triggered", "page.resolved");
        JsonNode escalation = dataOf(received, page1).get(1);
        assertThat(escalation.get("ticket_id").asText()).isEqualTo(unanswered);
        assertThat(escalation.get("subject").asText()).isEqualTo(crew.second());
        assertThat(escalation.get("level").asInt()).isEqualTo(2);
        assertThat(escalation.get("external_refs").get(0).get("external_id").asText())
                .isEqualTo("INC-1");
        assertThat(dataOf(received, page2).get(1).get("actor").asText()).isEqualTo(crew.first());
    }

    /** A P1 about a Critical solution of the crew's team, with an external reference, moved to its maker. */
    private static String ticketWithTheMaker(Fixtures.Crew crew, String externalId) {
        String solution = registerSolution("critical", Tokens.uniqueSubject("maker"), crew.teamId());
        String ticket = raiseTicket(ticketAbout("BUG", solution)
                .title("Down")
                .priority(TicketPriority.P1)
                .externalRefs(List.of(new ExternalRef().system("servicenow").externalId(externalId))));
        jsonAs(Tokens.uniqueSubject("agent"), "helpdesk")
                .body(Map.of("to_level", "MAKER", "reason", "The maker knows this flow."))
                .when()
                .post(TICKETS + "/" + ticket + "/reroute")
                .then()
                .statusCode(200);
        return ticket;
    }

    private static void resolveTicket(String ticket) {
        String agent = Tokens.uniqueSubject("agent");
        for (String status : List.of("TRIAGED", "IN_PROGRESS", "RESOLVED")) {
            jsonAs(agent, "helpdesk")
                    .body(Map.of("to_status", status, "reason", "Fixed."))
                    .when()
                    .post(TICKETS + "/" + ticket + "/transitions")
                    .then()
                    .statusCode(200);
        }
    }

    private static String pageOf(String ticket) {
        List<String> ids = as(Tokens.uniqueSubject("agent"), "helpdesk")
                .when()
                .get(TICKETS + "/" + ticket + "/pages")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(ids).as("pages of " + ticket).hasSize(1);
        return ids.get(0);
    }

    private static JsonPath read(String subject, String page) {
        return as(subject, "maker")
                .when()
                .get(PAGES + "/" + page)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    private void deliverAll() {
        for (int round = 0; round < 20 && dispatcher.dispatch() > 0; round++) {
            // every pending delivery goes out
        }
    }

    private static List<String> typesOf(List<LoggedRequest> received, String page) {
        List<String> types = new ArrayList<>();
        for (LoggedRequest request : received) {
            JsonNode body = Receiver.body(request);
            if (body.get("data").get("page_id").asText().equals(page)) {
                types.add(body.get("type").asText());
            }
        }
        return types;
    }

    private static List<JsonNode> dataOf(List<LoggedRequest> received, String page) {
        List<JsonNode> data = new ArrayList<>();
        for (LoggedRequest request : received) {
            JsonNode body = Receiver.body(request);
            if (body.get("data").get("page_id").asText().equals(page)) {
                data.add(body.get("data"));
            }
        }
        return data;
    }
}
