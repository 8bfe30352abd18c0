package io.tierdesk.webhook;

import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.client.ApiClient;
import io.tierdesk.client.ApiResponse;
import io.tierdesk.client.api.SolutionsApi;
import io.tierdesk.client.api.TicketsApi;
import io.tierdesk.client.api.WebhooksApi;
import io.tierdesk.client.model.SlaMetric;
import io.tierdesk.client.model.Solution;
import io.tierdesk.client.model.SolutionCreate;
import io.tierdesk.client.model.SolutionKind;
import io.tierdesk.client.model.Ticket;
import io.tierdesk.client.model.TicketCategory;
import io.tierdesk.client.model.TicketPriority;
import io.tierdesk.client.model.TicketSlaReport;
import io.tierdesk.client.model.TicketUpsert;
import io.tierdesk.client.model.WebhookCreate;
import io.tierdesk.client.model.WebhookCreated;
import io.tierdesk.support.Tokens;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The contract as a generated Java client sees it: a solution is registered, a ticket is mirrored by its external
 * reference twice, the signed webhook arrives at a local receiver, and the ticket's SLA is explained.
 */
@QuarkusTest
class GeneratedClientEndToEndTest {

    @TestHTTPResource("/api/v1")
    URI api;

    @Inject
    WebhookDispatcher dispatcher;

    private ApiClient clientAs(String subject, String... roles) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(api.toString());
        String token = Tokens.token(subject, roles);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    @Test
    void aGeneratedClientDrivesTheIntegrationFlow() throws Exception {
        ApiClient platform = clientAs(uniqueSubject("platform"), "platform");
        ApiClient integration = clientAs(uniqueSubject("servicenow"), "integration");
        try (Receiver receiver = new Receiver()) {
            String url = receiver.acceptingUrl();
            WebhookCreated webhook = new WebhooksApi(integration)
                    .createWebhook(
                            new WebhookCreate()
                                    .targetUrl(url)
                                    .eventTypes(List.of("ticket.created", "ticket.updated"))
                                    .tierIds(List.of("critical")),
                            null);

            Solution solution = new SolutionsApi(platform)
                    .registerSolution(
                            new SolutionCreate()
                                    .name("Generated client " + UUID.randomUUID())
                                    .kind(SolutionKind.CANVAS_APP)
                                    .tierId("critical")
                                    .maker(uniqueSubject("maker")),
                            UUID.randomUUID().toString());

            TicketsApi tickets = new TicketsApi(integration);
            String incident = "INC" + UUID.randomUUID();
            TicketUpsert upsert = new TicketUpsert()
                    .category(TicketCategory.BUG)
                    .priority(TicketPriority.P1)
                    .title("Checkout is down")
                    .solutionId(solution.getId())
                    .url("https://example.service-now.com/incident/" + incident);
            ApiResponse<Ticket> first =
                    tickets.upsertTicketByExternalRefWithHttpInfo("servicenow", incident, upsert, null);
            ApiResponse<Ticket> second = tickets.upsertTicketByExternalRefWithHttpInfo(
                    "servicenow", incident, upsert.title("Checkout is down for everyone"), null);
            assertThat(first.getStatusCode()).isEqualTo(201);
            assertThat(second.getStatusCode()).isEqualTo(200);
            UUID ticketId = first.getData().getId();
            assertThat(second.getData().getId()).isEqualTo(ticketId);

            dispatcher.dispatch();
            List<LoggedRequest> received = receiver.received(url).stream()
                    .filter(request -> Receiver.body(request)
                            .get("data")
                            .get("id")
                            .asText()
                            .equals(ticketId.toString()))
                    .toList();
            assertThat(received)
                    .extracting(request -> Receiver.body(request).get("type").asText())
                    .containsExactly("ticket.created", "ticket.updated");
            for (LoggedRequest request : received) {
                assertThat(Receiver.signedWith(request, webhook.getSecret())).isTrue();
            }

            TicketSlaReport sla = tickets.getTicketSla(ticketId);
            assertThat(sla.getTicketId()).isEqualTo(ticketId);
            assertThat(sla.getClocks())
                    .extracting(clock -> clock.getMetric())
                    .contains(SlaMetric.FIRST_RESPONSE, SlaMetric.RESOLUTION);
            assertThat(sla.getClocks())
                    .allSatisfy(clock -> assertThat(clock.getDueAt()).isNotNull());

            new WebhooksApi(integration).deleteWebhook(webhook.getId(), null);
        }
    }
}
