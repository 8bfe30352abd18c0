package io.tierdesk.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Identities of bearer tokens whose signature and claims the OIDC layer has verified, by the raw token string, so
 * that a client repeating its token does not pay an RS256 verification per request. An entry lives until the
 * token expires ({@code exp}, without the grace the OIDC layer allows) and at most {@code max-age}, which bounds
 * how long a token signed by a key the issuer has since withdrawn is still accepted; the map holds at most
 * {@code max-size} entries (when full, expired entries go, then all of them). Only verified tokens enter: a token
 * that differs in a single character is another key and is verified in full.
 */
@ApplicationScoped
class VerifiedTokens {

    private record Entry(SecurityIdentity identity, long expiresAtMillis) {}

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final long maxAgeMillis;
    private final int maxSize;

    /** Expiry is judged by the real time, like the OIDC layer's, not by the application's (testable) clock. */
    @Inject
    VerifiedTokens(
            @ConfigProperty(name = "tierdesk.token-cache.max-age", defaultValue = "PT5M") Duration maxAge,
            @ConfigProperty(name = "tierdesk.token-cache.max-size", defaultValue = "10000") int maxSize) {
        this(Clock.systemUTC(), maxAge, maxSize);
    }

    VerifiedTokens(Clock clock, Duration maxAge, int maxSize) {
        this.clock = clock;
        this.maxAgeMillis = maxAge.toMillis();
        this.maxSize = maxSize;
    }

    /** The identity verified for this token, or null when it was not verified or its entry has expired. */
    SecurityIdentity get(String token) {
        Entry entry = entries.get(token);
        if (entry == null) {
            return null;
        }
        if (clock.millis() >= entry.expiresAtMillis()) {
            entries.remove(token, entry);
            return null;
        }
        return entry.identity();
    }

    /** Remembers a verified token that expires at {@code expiresAtSeconds} (epoch seconds; 0 when it has no exp). */
    void put(String token, long expiresAtSeconds, SecurityIdentity identity) {
        if (maxSize <= 0 || maxAgeMillis <= 0 || entries.containsKey(token)) {
            return;
        }
        long now = clock.millis();
        long until = now + maxAgeMillis;
        if (expiresAtSeconds > 0) {
            until = Math.min(until, expiresAtSeconds * 1000);
        }
        if (until <= now) {
            return;
        }
        if (entries.size() >= maxSize) {
            entries.values().removeIf(entry -> entry.expiresAtMillis() <= now);
            if (entries.size() >= maxSize) {
                entries.clear();
            }
        }
        entries.put(token, new Entry(identity, until));
    }

    int size() {
        return entries.size();
    }
}
