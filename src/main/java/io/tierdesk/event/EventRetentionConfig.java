package io.tierdesk.event;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The event retention job's settings. */
@ConfigMapping(prefix = "tierdesk.events")
interface EventRetentionConfig {

    /** How long events (and finished deliveries) are kept. */
    @WithDefault("P30D")
    Duration retention();

    /** How often the job runs (read by its schedule); {@code off} disables it. */
    @WithDefault("1h")
    String purgeEvery();

    /** How long after start-up the job first runs. */
    @WithDefault("2m")
    String purgeDelay();
}
