package io.tierdesk.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Delivery settings. */
@ConfigMapping(prefix = "tierdesk.webhooks")
public interface WebhookConfig {

    /** How often the dispatcher runs (read by its schedule); {@code off} disables it. */
    @WithDefault("5s")
    String dispatchEvery();

    /** How long after start-up the dispatcher first runs. */
    @WithDefault("10s")
    String dispatchDelay();

    /**
     * Internal services that may be targets although they resolve to private ranges: {@code scheme://host:port},
     * {@code host:port} (http or https), {@code scheme://host} or {@code host} (the scheme's default port); see
     * {@link AllowList}.
     */
    Optional<List<String>> allowedHosts();

    /** How many subscriptions one owner may hold. */
    @WithDefault("25")
    int maxPerOwner();

    @WithDefault("PT5S")
    Duration connectTimeout();

    /** How long a receiver has to answer one delivery. */
    @WithDefault("PT10S")
    Duration requestTimeout();

    /** The first retry waits about this long; each further retry twice as long. */
    @WithDefault("PT5S")
    Duration retryBase();

    @WithDefault("PT1H")
    Duration retryMaxDelay();

    /** How long a delivery is retried before it is marked failed. */
    @WithDefault("PT24H")
    Duration retryFor();

    /** A subscription whose deliveries have failed for this long without a success is disabled. */
    @WithDefault("P3D")
    Duration disableAfter();

    /** A claimed delivery is not claimed again for this long; a crashed sender's claims come back after it. */
    @WithDefault("PT2M")
    Duration claimLease();

    @WithDefault("50")
    int batchSize();

    /** How many deliveries of one batch are sent at the same time. */
    @WithDefault("8")
    int parallelism();
}
