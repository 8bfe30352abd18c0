package io.tierdesk.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static io.tierdesk.webhook.WebhookSupport.WEBHOOKS;
import static io.tierdesk.webhook.WebhookSupport.deliveries;
import static io.tierdesk.webhook.WebhookSupport.retitle;
import static io.tierdesk.webhook.WebhookSupport.subscribe;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.ReceiverPortConfigSource;
import io.tierdesk.support.TestClock;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WebhookDeliveryTest {

    private static Receiver receiver;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    TestClock clock;

    @Inject
    DeliveryStore store;

    private final List<Object[]> subscriptions = new ArrayList<>();

    @BeforeAll
    static void startReceiver() {
        receiver = new Receiver();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @AfterEach
    void cleanUp() {
        clock.reset();
        for (Object[] subscription : subscriptions) {
            WebhookSupport.unsubscribe((String) subscription[0], subscription[1]);
        }
    }

    private Map<String, Object> subscribe(String integration, String url, List<String> types, String teamId) {
        Map<String, Object> created = WebhookSupport.subscribe(integration, url, types, teamId);
        subscriptions.add(new Object[] {integration, created.get("id")});
        return created;
    }

    @Test
    void deliveriesAreSignedAsTheStandardSaysAndCarryTypeTimestampAndData() {
        WebhookSupport.Team team = WebhookSupport.Team.create();
        String integration = uniqueSubject("integration");
        String url = receiver.acceptingUrl();
        Map<String, Object> subscription = subscribe(integration, url, List.of("ticket.*"), team.teamId());
        String secret = (String) subscription.get("secret");
        assertThat(secret).startsWith("whsec_");

        String ticketId = team.raiseTicket("Signed delivery");
        dispatcher.dispatch();

        List<LoggedRequest> received = receiver.received(url);
        assertThat(received).hasSize(1);
        LoggedRequest request = received.get(0);
        assertThat(Receiver.signedWith(request, secret)).isTrue();
        assertThat(Receiver.signedWith(request, "whsec_" + Base64.getEncoder().encodeToString(new byte[32])))
                .isFalse();
        assertThat(Long.parseLong(request.getHeader("webhook-timestamp")))
                .isCloseTo(Instant.now().getEpochSecond(), org.assertj.core.data.Offset.offset(60L));
        var body = Receiver.body(request);
        assertThat(body.get("type").asText()).isEqualTo("ticket.created");
        assertThat(body.get("timestamp").asText()).isNotBlank();
        assertThat(body.get("data").get("id").asText()).isEqualTo(ticketId);
        assertThat(body.get("data").get("team_id").asText()).isEqualTo(team.teamId());

        Map<String, Object> logged =
                deliveries(integration, subscription.get("id")).get(0);
        assertThat(logged.get("status")).isEqualTo("DELIVERED");
        assertThat(logged.get("event_id")).isEqualTo(request.getHeader("webhook-id"));
        assertThat(logged.get("attempts")).isEqualTo(1);
        assertThat(logged.get("last_status_code")).isEqualTo(200);
        assertThat(logged.get("last_response_body")).isEqualTo("thanks");
        assertThat(logged.get("last_latency_ms")).isNotNull();
    }

    @Test
    void aTestEventReachesOnlyTheSubscriptionThatAskedSignedAndLogged() {
        String integration = uniqueSubject("integration");
        String url = receiver.acceptingUrl();
        String otherUrl = receiver.acceptingUrl();
        Map<String, Object> subscription = subscribe(integration, url, List.of("ticket.created"), null);
        subscribe(uniqueSubject("integration"), otherUrl, List.of("webhook.*"), null);

        String deliveryId = jsonAs(integration, "integration")
                .when()
                .post(WebhookSupport.WEBHOOKS + "/" + subscription.get("id") + "/test-events")
                .then()
                .statusCode(202)
                .body("event_type", equalTo("webhook.test"))
                .body("status", equalTo("PENDING"))
                .extract()
                .path("id");
        dispatcher.dispatch();

        List<LoggedRequest> received = receiver.received(url);
        assertThat(received).hasSize(1);
        assertThat(Receiver.signedWith(received.get(0), (String) subscription.get("secret")))
                .isTrue();
        var body = Receiver.body(received.get(0));
        assertThat(body.get("type").asText()).isEqualTo("webhook.test");
        assertThat(body.get("data").get("webhook_id").asText()).isEqualTo(subscription.get("id"));
        assertThat(body.get("data").get("requested_by").asText()).isEqualTo(integration);
        assertThat(receiver.received(otherUrl))
                .as("no other subscription gets it")
                .isEmpty();
        assertThat(deliveries(integration, subscription.get("id"))).anySatisfy(logged -> {
            assertThat(logged.get("id")).isEqualTo(deliveryId);
            assertThat(logged.get("status")).isEqualTo("DELIVERED");
        });
        jsonAs(uniqueSubject("integration"), "integration")
                .when()
                .post(WebhookSupport.WEBHOOKS + "/" + subscription.get("id") + "/test-events")
                .then()
                .statusCode(404);
    }

    @Test
    void subscriptionsOnlyReceiveTheEventTypesAndTeamsTheyAskFor() {
        WebhookSupport.Team team = WebhookSupport.Team.create();
        WebhookSupport.Team otherTeam = WebhookSupport.Team.create();
        String integration = uniqueSubject("integration");
        String updatesOnly = receiver.acceptingUrl();
        subscribe(integration, updatesOnly, List.of("ticket.updated"), team.teamId());

        String ticketId = team.raiseTicket("Filtered");
        retitle(ticketId, "Filtered, renamed");
        otherTeam.raiseTicket("Another team's");
        dispatcher.dispatch();

        assertThat(receiver.received(updatesOnly))
                .extracting(r -> Receiver.body(r).get("type").asText())
                .containsExactly("ticket.updated");
    }

    @Test
    void aFailingReceiverIsRetriedWithGrowingBackoffUntilTheRetryPeriodEndsAndThenTheSubscriptionIsDisabled() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        WebhookSupport.Team team = WebhookSupport.Team.create();
        String integration = uniqueSubject("integration");
        String path = "/failing/" + UUID.randomUUID();
        receiver.server.stubFor(
                post(urlEqualTo(path)).willReturn(aResponse().withStatus(503).withBody("down")));
        String url = receiver.url(path);
        Map<String, Object> subscription = subscribe(integration, url, List.of("ticket.*"), team.teamId());
        String ticketId = team.raiseTicket("Retried");

        dispatcher.dispatch();
        assertThat(receiver.received(url)).hasSize(1);
        Map<String, Object> delivery =
                deliveries(integration, subscription.get("id")).get(0);
        assertThat(delivery.get("status")).isEqualTo("PENDING");
        assertThat(delivery.get("last_status_code")).isEqualTo(503);
        assertThat(delivery.get("last_response_body")).isEqualTo("down");
        Duration firstWait = waitOf(delivery, start);
        assertThat(firstWait).isBetween(Duration.ofMillis(2500), Duration.ofSeconds(5));

        dispatcher.dispatch();
        assertThat(receiver.received(url)).as("not due yet").hasSize(1);

        clock.set(start.plusSeconds(5));
        dispatcher.dispatch();
        assertThat(receiver.received(url)).hasSize(2);
        Duration secondWait =
                waitOf(deliveries(integration, subscription.get("id")).get(0), start.plusSeconds(5));
        assertThat(secondWait).isBetween(Duration.ofSeconds(5), Duration.ofSeconds(10));

        clock.set(start.plus(Duration.ofHours(25)));
        dispatcher.dispatch();
        assertThat(receiver.received(url)).hasSize(3);
        delivery = deliveries(integration, subscription.get("id")).get(0);
        assertThat(delivery.get("status")).isEqualTo("FAILED");
        assertThat(delivery.get("attempts")).isEqualTo(3);
        List<LoggedRequest> attempts = receiver.received(url);
        assertThat(attempts)
                .extracting(r -> r.getHeader("webhook-id"))
                .containsOnly(attempts.get(0).getHeader("webhook-id"));

        clock.set(start.plus(Duration.ofDays(4)));
        retitle(ticketId, "Retried, still failing");
        dispatcher.dispatch();
        Map<String, Object> disabled = as(integration, "integration")
                .when()
                .get(WEBHOOKS + "/" + subscription.get("id"))
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        assertThat(disabled.get("enabled")).isEqualTo(false);
        assertThat((String) disabled.get("disabled_reason")).contains("failed");
        as(uniqueSubject("admin"), "admin")
                .queryParam("resource_id", subscription.get("id"))
                .queryParam("action", "webhook.disabled")
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
    }

    private static Duration waitOf(Map<String, Object> delivery, Instant from) {
        return Duration.between(
                from,
                OffsetDateTime.parse((String) delivery.get("next_attempt_at")).toInstant());
    }

    @Test
    void oneResourcesEventsArriveInOrderWhileOtherResourcesAreNotHeldUp() {
        Instant start = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        clock.set(start);
        WebhookSupport.Team team = WebhookSupport.Team.create();
        String integration = uniqueSubject("integration");
        String path = "/ordered/" + UUID.randomUUID();
        String url = receiver.url(path);
        receiver.server.stubFor(
                post(urlEqualTo(path)).atPriority(5).willReturn(aResponse().withStatus(204)));
        subscribe(integration, url, List.of("ticket.created", "ticket.updated"), team.teamId());

        String first = team.raiseTicket("Ordered A");
        receiver.server.stubFor(post(urlEqualTo(path))
                .atPriority(1)
                .inScenario(first)
                .whenScenarioStateIs(STARTED)
                .withRequestBody(containing(first))
                .willReturn(aResponse().withStatus(500))
                .willSetStateTo("recovered"));
        retitle(first, "Ordered B");
        retitle(first, "Ordered C");
        String second = team.raiseTicket("Unrelated");

        dispatcher.dispatch();
        assertThat(receiver.received(url))
                .extracting(r -> Receiver.body(r).get("data").get("title").asText())
                .as("the first ticket's later events wait for its failed first one")
                .containsExactlyInAnyOrder("Ordered A", "Unrelated");

        clock.set(start.plusSeconds(10));
        dispatcher.dispatch();
        List<String> firstTicket = receiver.received(url).stream()
                .filter(r -> Receiver.body(r).get("data").get("id").asText().equals(first))
                .map(r -> Receiver.body(r).get("type").asText() + ":"
                        + Receiver.body(r).get("data").get("title").asText())
                .toList();
        assertThat(firstTicket)
                .containsExactly(
                        "ticket.created:Ordered A",
                        "ticket.created:Ordered A",
                        "ticket.updated:Ordered B",
                        "ticket.updated:Ordered C");
        assertThat(second).isNotBlank();
    }

    @Test
    void twoDispatchersRunningAtOnceSendEveryDeliveryExactlyOnce() throws Exception {
        WebhookSupport.Team team = WebhookSupport.Team.create();
        String integration = uniqueSubject("integration");
        String path = "/concurrent/" + UUID.randomUUID();
        receiver.server.stubFor(
                post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withFixedDelay(30)));
        String url = receiver.url(path);
        subscribe(integration, url, List.of("ticket.created"), team.teamId());
        int tickets = 24;
        for (int i = 0; i < tickets; i++) {
            team.raiseTicket("Concurrent " + i);
        }

        store.fanOut(1000);
        CountDownLatch go = new CountDownLatch(1);
        Callable<Integer> run = () -> {
            go.await();
            return dispatcher.dispatch();
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<Integer> one = threads.submit(run);
            Future<Integer> two = threads.submit(run);
            go.countDown();
            assertThat(one.get() + two.get()).isGreaterThanOrEqualTo(tickets);
        } finally {
            threads.shutdownNow();
        }

        Map<String, Long> perEvent = receiver.received(url).stream()
                .collect(Collectors.groupingBy(r -> r.getHeader("webhook-id"), Collectors.counting()));
        assertThat(perEvent).hasSize(tickets);
        assertThat(perEvent.values()).containsOnly(1L);
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeFailsTheAttemptWithoutHoldingUpOthers() {
        WebhookSupport.Team team = WebhookSupport.Team.create();
        String slowPath = "/slow/" + UUID.randomUUID();
        receiver.server.stubFor(post(urlEqualTo(slowPath))
                .willReturn(aResponse().withStatus(200).withFixedDelay(6000)));
        String slow = receiver.url(slowPath);
        String fast = receiver.acceptingUrl();
        String slowOwner = uniqueSubject("integration");
        Map<String, Object> slowSubscription = subscribe(slowOwner, slow, List.of("ticket.created"), team.teamId());
        subscribe(uniqueSubject("integration"), fast, List.of("ticket.created"), team.teamId());
        team.raiseTicket("Slow and fast");

        long started = System.currentTimeMillis();
        dispatcher.dispatch();
        long took = System.currentTimeMillis() - started;

        assertThat(took)
                .as("bounded by the 3 s answer timeout, not the receiver's 6 s")
                .isLessThan(5800);
        LoggedRequest fastRequest = receiver.received(fast).get(0);
        assertThat(fastRequest.getLoggedDate().getTime() - started)
                .as("sent alongside the slow one")
                .isLessThan(2500);
        Map<String, Object> timedOut =
                deliveries(slowOwner, slowSubscription.get("id")).get(0);
        assertThat(timedOut.get("status")).isEqualTo("PENDING");
        assertThat(timedOut.get("last_status_code")).isNull();
        assertThat(timedOut.get("last_error")).isEqualTo("TIMEOUT");
        assertThat((Integer) timedOut.get("last_latency_ms")).isBetween(2900, 5800);
    }

    @Test
    void duringARotationsOverlapBothSecretsSignAndAfterItOnlyTheNewOne() {
        WebhookSupport.Team team = WebhookSupport.Team.create();
        String integration = uniqueSubject("integration");
        String url = receiver.acceptingUrl();
        Map<String, Object> subscription = subscribe(integration, url, List.of("ticket.created"), team.teamId());
        String oldSecret = (String) subscription.get("secret");

        Map<String, Object> rotated = jsonAs(integration, "integration")
                .body(Map.of("overlap_seconds", 3600))
                .when()
                .post(WEBHOOKS + "/" + subscription.get("id") + "/secret-rotations")
                .then()
                .statusCode(200)
                .extract()
                .as(Map.class);
        String newSecret = (String) rotated.get("secret");
        assertThat(newSecret).isNotEqualTo(oldSecret);
        assertThat(rotated.get("previous_secret_expires_at")).isNotNull();
        team.raiseTicket("During the overlap");
        dispatcher.dispatch();
        LoggedRequest during = receiver.received(url).get(0);
        assertThat(Receiver.signatureCount(during)).isEqualTo(2);
        assertThat(Receiver.signedWith(during, newSecret)).isTrue();
        assertThat(Receiver.signedWith(during, oldSecret)).isTrue();

        clock.set(Instant.now().plus(Duration.ofHours(2)));
        team.raiseTicket("After the overlap");
        dispatcher.dispatch();
        LoggedRequest after = receiver.received(url).get(1);
        assertThat(Receiver.signatureCount(after)).isEqualTo(1);
        assertThat(Receiver.signedWith(after, newSecret)).isTrue();
        assertThat(Receiver.signedWith(after, oldSecret)).isFalse();
    }

    @Test
    void aFinishedDeliveryIsRedeliveredWithTheSameWebhookId() {
        WebhookSupport.Team team = WebhookSupport.Team.create();
        String integration = uniqueSubject("integration");
        String url = receiver.acceptingUrl();
        Map<String, Object> subscription = subscribe(integration, url, List.of("ticket.created"), team.teamId());
        team.raiseTicket("Redelivered");
        dispatcher.dispatch();
        Map<String, Object> delivery =
                deliveries(integration, subscription.get("id")).get(0);
        String redeliver = WEBHOOKS + "/" + subscription.get("id") + "/deliveries/" + delivery.get("id") + "/redeliver";

        jsonAs(integration, "integration")
                .when()
                .post(redeliver)
                .then()
                .statusCode(202)
                .body("status", equalTo("PENDING"));
        jsonAs(integration, "integration")
                .when()
                .post(redeliver)
                .then()
                .statusCode(409)
                .contentType("application/problem+json");
        dispatcher.dispatch();

        List<LoggedRequest> received = receiver.received(url);
        assertThat(received).hasSize(2);
        assertThat(received.get(1).getHeader("webhook-id"))
                .isEqualTo(received.get(0).getHeader("webhook-id"));
        assertThat(deliveries(integration, subscription.get("id")).get(0).get("status"))
                .isEqualTo("DELIVERED");
    }

    @Test
    void theLogKeepsEveryAttemptAndARedeliveryAddsToIt() {
        Instant start = Instant.parse("2035-09-03T06:15:00Z");
        clock.set(start);
        WebhookSupport.Team team = WebhookSupport.Team.create();
        String integration = uniqueSubject("integration");
        String path = "/flaky/" + UUID.randomUUID();
        receiver.server.stubFor(post(urlEqualTo(path))
                .inScenario(path)
                .whenScenarioStateIs(STARTED)
                .willReturn(aResponse().withStatus(503).withBody("busy, try later"))
                .willSetStateTo("up"));
        receiver.server.stubFor(post(urlEqualTo(path))
                .inScenario(path)
                .whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));
        Map<String, Object> subscription =
                subscribe(integration, receiver.url(path), List.of("ticket.created"), team.teamId());
        team.raiseTicket("Attempted twice");
        dispatcher.dispatch();
        clock.set(start.plus(Duration.ofMinutes(30)));
        dispatcher.dispatch();
        Map<String, Object> delivery =
                deliveries(integration, subscription.get("id")).get(0);
        String deliveryPath = WEBHOOKS + "/" + subscription.get("id") + "/deliveries/" + delivery.get("id");
        jsonAs(integration, "integration")
                .when()
                .post(deliveryPath + "/redeliver")
                .then()
                .statusCode(202)
                .body("redeliveries", equalTo(1));
        clock.set(start.plus(Duration.ofMinutes(45)));
        dispatcher.dispatch();

        List<Map<String, Object>> attempts = new ArrayList<>(as(integration, "integration")
                .queryParam("limit", 2)
                .when()
                .get(deliveryPath + "/attempts")
                .then()
                .statusCode(200)
                .extract()
                .<List<Map<String, Object>>>path("items"));
        String cursor = as(integration, "integration")
                .queryParam("limit", 2)
                .when()
                .get(deliveryPath + "/attempts")
                .then()
                .extract()
                .path("next_cursor");
        attempts.addAll(as(integration, "integration")
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .when()
                .get(deliveryPath + "/attempts")
                .then()
                .statusCode(200)
                .body("next_cursor", org.hamcrest.Matchers.nullValue())
                .extract()
                .<List<Map<String, Object>>>path("items"));

        assertThat(attempts)
                .extracting(a -> List.of(a.get("number"), a.get("round"), a.get("status_code"), a.get("outcome")))
                .containsExactly(
                        List.of(1, 0, 503, "WILL_RETRY"),
                        List.of(2, 0, 204, "DELIVERED"),
                        List.of(3, 1, 204, "DELIVERED"));
        assertThat(attempts.get(0))
                .containsEntry("attempted_at", "2035-09-03T06:15:00Z")
                .containsEntry("response_body", "busy, try later")
                .containsKey("latency_ms");
        assertThat(attempts.get(2)).containsEntry("attempted_at", "2035-09-03T07:00:00Z");
        as(integration, "integration")
                .when()
                .get(WEBHOOKS + "/" + subscription.get("id") + "/deliveries/" + UUID.randomUUID() + "/attempts")
                .then()
                .statusCode(404);
    }

    @Test
    void theLogKeepsOnlyAShortExcerptOfTheAnswerWithoutControlCharacters() {
        WebhookSupport.Team team = WebhookSupport.Team.create();
        String integration = uniqueSubject("integration");
        String path = "/chatty/" + UUID.randomUUID();
        String answer = "\u001b[2J\u001b[31mroot:x:0:0\r\n\u0000daemon\u202e:x:1:1\u0007" + "z".repeat(3000);
        receiver.server.stubFor(
                post(urlEqualTo(path)).willReturn(aResponse().withStatus(500).withBody(answer)));
        Map<String, Object> subscription =
                subscribe(integration, receiver.url(path), List.of("ticket.created"), team.teamId());
        team.raiseTicket("Chatty receiver");
        dispatcher.dispatch();

        Map<String, Object> delivery =
                deliveries(integration, subscription.get("id")).get(0);
        assertThat(delivery.get("last_status_code")).isEqualTo(500);
        String excerpt = (String) delivery.get("last_response_body");
        assertThat(excerpt).hasSizeLessThanOrEqualTo(256).startsWith("[2J[31mroot:x:0:0  daemon:x:1:1z");
        assertThat(excerpt.codePoints())
                .noneMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }

    @Test
    void connectionErrorsAreLoggedAsACategoryNeverAsTheErrorsText() {
        WebhookSupport.Team team = WebhookSupport.Team.create();
        String integration = uniqueSubject("integration");
        String closedPort = "http://127.0.0.1:1/closed/" + UUID.randomUUID();
        int tlsPort = ConfigProvider.getConfig().getValue(ReceiverPortConfigSource.TLS_PROPERTY, Integer.class);
        String untrusted = "https://127.0.0.1:" + tlsPort + "/tls/" + UUID.randomUUID();
        Map<String, Object> refused = subscribe(integration, closedPort, List.of("ticket.created"), team.teamId());
        Map<String, Object> tls = subscribe(integration, untrusted, List.of("ticket.created"), team.teamId());
        team.raiseTicket("Unreachable receivers");
        WireMockServer selfSigned = new WireMockServer(
                options().httpDisabled(true).httpsPort(tlsPort).bindAddress("127.0.0.1"));
        selfSigned.start();
        try {
            dispatcher.dispatch();
        } finally {
            selfSigned.stop();
        }

        Map<String, Object> refusedDelivery =
                deliveries(integration, refused.get("id")).get(0);
        assertThat(refusedDelivery.get("status")).isEqualTo("PENDING");
        assertThat(refusedDelivery.get("last_status_code")).isNull();
        assertThat(refusedDelivery.get("last_response_body")).isNull();
        assertThat(refusedDelivery.get("last_error")).isEqualTo("REFUSED");
        Map<String, Object> tlsDelivery = deliveries(integration, tls.get("id")).get(0);
        assertThat(tlsDelivery.get("last_status_code")).isNull();
        assertThat(tlsDelivery.get("last_error")).isEqualTo("TLS");
    }
}
