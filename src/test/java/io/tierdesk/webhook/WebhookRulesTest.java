package io.tierdesk.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tierdesk.webhook.WebhookTargets.Refusal;
import java.net.InetAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The pure rules behind delivery: backoff, event filters, which addresses count as internal, the allow-list. */
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
        assertThat(EventFilter.matches(subscription, "ticket.created", "critical", team))
                .isTrue();
        assertThat(EventFilter.matches(subscription, "ticket.created", "important", team))
                .isFalse();
        assertThat(EventFilter.matches(subscription, "ticket.created", "critical", UUID.randomUUID()))
                .isFalse();
        assertThat(EventFilter.matches(subscription, "ticket.created", null, null))
                .isFalse();
        subscription.tierIds = List.of();
        subscription.teamIds = List.of();
        assertThat(EventFilter.matches(subscription, "ticket.created", null, null))
                .isTrue();
    }

    @Test
    void loopbackLinkLocalPrivateAndSpecialAddressesAreInternal() throws Exception {
        for (String address : List.of(
                "127.0.0.1",
                "10.0.0.1",
                "172.31.255.255",
                "192.168.0.1",
                "169.254.169.254",
                "100.64.0.1",
                "0.0.0.0",
                "224.0.0.1",
                "255.255.255.255",
                "::1",
                "fe80::1",
                "fd00::1",
                "::")) {
            assertThat(WebhookTargets.isInternal(InetAddress.getByName(address)))
                    .as(address)
                    .isTrue();
        }
        for (String address : List.of(
                "93.184.215.14", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:2800:220:1:248:1893:25c8:1946")) {
            assertThat(WebhookTargets.isInternal(InetAddress.getByName(address)))
                    .as(address)
                    .isFalse();
        }
    }

    /** Each written form of an address and whether webhooks must not reach it. */
    @ParameterizedTest(name = "{0} internal={1}")
    @CsvSource({
        // IPv4 forms Java accepts for loopback
        "127.0.0.1, true",
        "127.1, true",
        "2130706433, true",
        "127.255.255.254, true",
        // IPv4 special-purpose ranges
        "198.18.0.1, true",
        "198.19.255.255, true",
        "198.20.0.1, false",
        "192.0.0.8, true",
        "192.0.2.1, true",
        "198.51.100.7, true",
        "203.0.113.9, true",
        "192.88.99.1, true",
        "100.127.255.255, true",
        // IPv6 forms that embed an IPv4 address
        "::127.0.0.1, true",
        "::10.0.0.1, true",
        "::8.8.8.8, true",
        "::ffff:127.0.0.1, true",
        "0:0:0:0:0:ffff:7f00:1, true",
        "::ffff:0:7f00:1, true",
        "64:ff9b::7f00:1, true",
        "64:ff9b::a9fe:a9fe, true",
        "64:ff9b::808:808, true",
        "64:ff9b:1::a00:1, true",
        "2002:7f00:1::, true",
        "2002:808:808::1, true",
        "2001:0:4136:e378:8000:63bf:3fff:fdd2, true",
        "2001::1, true",
        // other IPv6 special-purpose ranges
        "::, true",
        "::1, true",
        "100::1, true",
        "2001:db8::1, true",
        "2001:2::1, true",
        "2001:10::1, true",
        "fc00::1, true",
        "fe80::1%1, true",
        "fec0::1, true",
        "ff02::1, true",
        // public
        "8.8.8.8, false",
        "93.184.215.14, false",
        "2606:2800:220:1:248:1893:25c8:1946, false",
        "2001:4860:4860::8888, false",
        "2003::1, false",
        "64:ff9c::1, false"
    })
    void addressFormsThatReachInsideAreInternal(String form, boolean internal) throws Exception {
        assertThat(WebhookTargets.isInternal(InetAddress.getByName(form))).isEqualTo(internal);
    }

    private static final AllowList ALLOWED = AllowList.of(List.of(
            " https://hooks.internal:8443 ",
            "relay.internal:8080",
            "http://plain.internal",
            "bare.internal",
            "[fd00::5]:9000",
            ""));

    /** Which targets each form of allow-list entry lets through: the exact service, never the whole host. */
    @ParameterizedTest(name = "{0} allowed={1}")
    @CsvSource({
        "https://hooks.internal:8443/x, true",
        "http://hooks.internal:8443/x, false",
        "https://hooks.internal/x, false",
        "https://hooks.internal:8444/x, false",
        "http://relay.internal:8080/x, true",
        "https://relay.internal:8080/x, true",
        "http://relay.internal/x, false",
        "http://relay.internal:8081/x, false",
        "http://plain.internal/x, true",
        "http://plain.internal:80/x, true",
        "https://plain.internal/x, false",
        "http://plain.internal:8080/x, false",
        "http://bare.internal/x, true",
        "https://bare.internal/x, true",
        "https://bare.internal:443/x, true",
        "http://bare.internal:443/x, false",
        "http://bare.internal:22/x, false",
        "http://[fd00::5]:9000/x, true",
        "http://[fd00::5]:9001/x, false",
        "https://HOOKS.internal:8443/x, true"
    })
    void allowListEntriesNameAServiceNotAHost(String target, boolean allowed) {
        assertThat(ALLOWED.allows(URI.create(target))).isEqualTo(allowed);
        if (allowed) {
            assertThat(new WebhookTargets(ALLOWED).refusal(URI.create(target))).isNull();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ftp://hooks.internal:21",
                "hooks.internal:8080/path",
                "https://hooks.internal/x",
                "user@hooks.internal:80",
                "hooks.internal:8080?q",
                "http://",
                "hooks internal"
            })
    void anAllowListEntryThatIsNoServiceStopsStartUp(String entry) {
        assertThatThrownBy(() -> AllowList.of(List.of(entry)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("allowed-hosts");
    }

    @Test
    void aRefusalNamesItsCategoryButNotTheInternalAddress() {
        WebhookTargets targets = new WebhookTargets(AllowList.of(List.of()));
        Refusal internal = targets.refusal(URI.create("http://10.1.2.3:8080/"));
        assertThat(internal.category()).isEqualTo(WebhookDeliveryError.BLOCKED);
        Refusal ambiguous = targets.refusal(URI.create("http://0177.0.0.1/"));
        assertThat(ambiguous.category()).isEqualTo(WebhookDeliveryError.BLOCKED);
        Refusal unresolvable = targets.refusal(URI.create("http://nothing.invalid/"));
        assertThat(unresolvable.category()).isEqualTo(WebhookDeliveryError.DNS);
        assertThat(targets.refusal(URI.create("https://93.184.215.14/hooks"))).isNull();
    }
}
