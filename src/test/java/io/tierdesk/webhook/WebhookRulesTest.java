package io.tierdesk.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure rules behind delivery: backoff, event filters and which addresses count as internal. */
class WebhookRulesTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1));

    @Test
    void backoffDoublesWithJitterBetweenHalfAndAllOfTheStepAndIsCapped() {
        assertThat(backoff.delayAfter(1, () -> 0.0)).isEqualTo(Duration.ofMillis(2500));
        assertThat(backoff.delayAfter(1, () -> 0.999999)).isBetween(Duration.ofMillis(4999), Duration.ofSeconds(5));
        assertThat(backoff.delayAfter(2, () -> 0.0)).isEqualTo(Duration.ofSeconds(5));
        assertThat(backoff.delayAfter(4, () -> 0.5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delayAfter(40, () -> 1.0)).isEqualTo(Duration.ofHours(1));
        assertThat(backoff.delayAfter(40, () -> 0.0)).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void eventTypePatternsMatchExactNamesFamiliesOrEverything() {
        assertThat(EventFilter.typeMatches("ticket.created", "ticket.created")).isTrue();
        assertThat(EventFilter.typeMatches("ticket.created", "ticket.closed")).isFalse();
        assertThat(EventFilter.typeMatches("ticket.*", "ticket.closed")).isTrue();
        assertThat(EventFilter.typeMatches("ticket.*", "sla.breached")).isFalse();
        assertThat(EventFilter.typeMatches("*", "sla.breached")).isTrue();
        assertThat(EventFilter.unknown(List.of("ticket.*", "sla.warning", "*", "ticket.exploded", "nothing.*")))
                .containsExactly("ticket.exploded", "nothing.*");
    }

    @Test
    void tierAndTeamFiltersOnlyLetThroughEventsThatCarryAMatch() {
        UUID team = UUID.randomUUID();
        WebhookSubscription subscription = new WebhookSubscription();
        subscription.eventTypes = List.of("ticket.*");
        subscription.tierIds = List.of("critical");
        subscription.teamIds = List.of(team);
        assertThat(EventFilter.matches(subscription, "ticket.created", "critical", team)).isTrue();
        assertThat(EventFilter.matches(subscription, "ticket.created", "important", team)).isFalse();
        assertThat(EventFilter.matches(subscription, "ticket.created", "critical", UUID.randomUUID())).isFalse();
        assertThat(EventFilter.matches(subscription, "ticket.created", null, null)).isFalse();
        subscription.tierIds = List.of();
        subscription.teamIds = List.of();
        assertThat(EventFilter.matches(subscription, "ticket.created", null, null)).isTrue();
    }

    @Test
    void loopbackLinkLocalPrivateAndSpecialAddressesAreInternal() throws Exception {
        for (String address : List.of("127.0.0.1", "10.0.0.1", "172.31.255.255", "192.168.0.1", "169.254.169.254",
                "100.64.0.1", "0.0.0.0", "224.0.0.1", "255.255.255.255", "::1", "fe80::1", "fd00::1", "::")) {
            assertThat(WebhookTargets.isInternal(InetAddress.getByName(address))).as(address).isTrue();
        }
        for (String address : List.of("93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1",
                "2606:2800:220:1:248:1893:25c8:1946")) {
            assertThat(WebhookTargets.isInternal(InetAddress.getByName(address))).as(address).isFalse();
        }
    }
}
