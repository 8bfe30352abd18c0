package io.tierdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private final MovableClock clock = new MovableClock();
    private final SecurityIdentity alice = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("alice"))
            .addRole("maker")
            .build();

    @Test
    void forgetsATokenWhenItExpires() {
        VerifiedTokens tokens = new VerifiedTokens(clock, Duration.ofMinutes(5), 100);
        tokens.put("t", T0.getEpochSecond() + 60, alice);
        clock.now = T0.plusSeconds(59);
        assertThat(tokens.get("t")).isSameAs(alice);
        clock.now = T0.plusSeconds(60);
        assertThat(tokens.get("t")).isNull();
    }

    @Test
    void keepsALongLivedTokenNoLongerThanTheMaximumAge() {
        VerifiedTokens tokens = new VerifiedTokens(clock, Duration.ofMinutes(5), 100);
        tokens.put("t", T0.getEpochSecond() + 86_400, alice);
        clock.now = T0.plusSeconds(299);
        assertThat(tokens.get("t")).isSameAs(alice);
        clock.now = T0.plusSeconds(300);
        assertThat(tokens.get("t")).isNull();
    }

    @Test
    void neverRemembersAnAlreadyExpiredToken() {
        VerifiedTokens tokens = new VerifiedTokens(clock, Duration.ofMinutes(5), 100);
        tokens.put("t", T0.getEpochSecond() - 1, alice);
        assertThat(tokens.get("t")).isNull();
    }

    @Test
    void staysWithinItsSize() {
        VerifiedTokens tokens = new VerifiedTokens(clock, Duration.ofMinutes(5), 3);
        for (int i = 0; i < 10; i++) {
            tokens.put("t" + i, T0.getEpochSecond() + 60, alice);
            assertThat(tokens.size()).isLessThanOrEqualTo(3);
        }
        assertThat(tokens.get("t9")).isSameAs(alice);
    }

    @Test
    void answersOnlyTheExactToken() {
        VerifiedTokens tokens = new VerifiedTokens(clock, Duration.ofMinutes(5), 100);
        tokens.put("header.claims.signature", T0.getEpochSecond() + 60, alice);
        assertThat(tokens.get("header.claims.signaturf")).isNull();
        assertThat(tokens.get("header.claims.signature")).isSameAs(alice);
    }

    @Test
    void aZeroSizeTurnsTheCacheOff() {
        VerifiedTokens tokens = new VerifiedTokens(clock, Duration.ofMinutes(5), 0);
        tokens.put("t", T0.getEpochSecond() + 60, alice);
        assertThat(tokens.get("t")).isNull();
    }

    private static final class MovableClock extends Clock {
        Instant now = T0;

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
