package io.tierdesk.oncall.feed;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Limits on calendar feed tokens. */
@ConfigMapping(prefix = "tierdesk.oncall.feed-tokens")
interface FeedTokenConfig {

    /** How many active (neither revoked nor expired) tokens one owner may hold. */
    @WithDefault("20")
    int maxPerOwner();

    /** The furthest ahead a token's {@code expires_at} may lie. */
    @WithDefault("P366D")
    Duration maxLifetime();
}
