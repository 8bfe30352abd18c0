package io.tierdesk.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** How long idempotency keys are kept, and the purge job that forgets them. */
@ConfigMapping(prefix = "tierdesk.idempotency")
interface IdempotencyConfig {

    /** How long a key replays its first answer. */
    @WithDefault("P1D")
    Duration retention();

    /** How often the purge runs (read by its schedule); {@code off} disables it. */
    @WithDefault("1h")
    String purgeEvery();

    /** How long after start-up the purge first runs. */
    @WithDefault("1m")
    String purgeDelay();
}
