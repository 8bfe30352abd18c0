package io.tierdesk.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Requests per minute per client; a client may burst up to one minute's worth. */
@ConfigMapping(prefix = "tierdesk.rate-limit")
public interface RateLimitConfig {

    @WithDefault("true")
    boolean enabled();

    /** People: keyed by the token's subject. */
    @WithDefault("600")
    int perMinute();

    /** Tokens with the integration role, keyed by their client id ({@code azp}) when present. */
    @WithDefault("3000")
    int integrationPerMinute();

    /** Tokens with the automation role, keyed by their client id ({@code azp}) when present. */
    @WithDefault("3000")
    int automationPerMinute();

    /** Overrides for single clients, by client id or subject. */
    Map<String, Integer> clients();
}
