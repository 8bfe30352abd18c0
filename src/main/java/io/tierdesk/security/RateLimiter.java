package io.tierdesk.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.tierdesk.common.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Per-client request budgets. Buckets live in this replica's memory: with N replicas a client can reach up to N
 * times its budget, which is acceptable for protecting each replica and the shared database from one runaway
 * client.
 */
@ApplicationScoped
public class RateLimiter {

    private static final int EVICT_ABOVE = 10_000;

    private final RateLimitConfig config;
    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    RateLimiter(RateLimitConfig config) {
        this.config = config;
    }

    /** Charges one request to the caller; returns 0 when allowed, otherwise the seconds until it may retry. */
    public long charge(SecurityIdentity identity) {
        if (!config.enabled() || identity.isAnonymous()) {
            return 0;
        }
        String client = clientOf(identity);
        long now = System.nanoTime();
        if (buckets.size() > EVICT_ABOVE) {
            buckets.values().removeIf(bucket -> bucket.full(now));
        }
        return buckets.computeIfAbsent(client, key -> new TokenBucket(budgetOf(key, identity), now))
                .take(now);
    }

    private int budgetOf(String client, SecurityIdentity identity) {
        Integer override = config.clients().get(client);
        if (override != null) {
            return override;
        }
        if (identity.hasRole(Roles.INTEGRATION)) {
            return config.integrationPerMinute();
        }
        if (identity.hasRole(Roles.AUTOMATION)) {
            return config.automationPerMinute();
        }
        return config.perMinute();
    }

    /** Machine clients are limited by client id, so all their tokens share one budget; people by subject. */
    private static String clientOf(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt
                && (identity.hasRole(Roles.INTEGRATION) || identity.hasRole(Roles.AUTOMATION))) {
            String clientId = jwt.getClaim("azp");
            if (clientId != null && !clientId.isBlank()) {
                return clientId;
            }
        }
        return identity.getPrincipal().getName();
    }
}
