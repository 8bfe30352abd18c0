package io.tierdesk.environment;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The expiry job's settings. */
@ConfigMapping(prefix = "tierdesk.environments")
interface EnvironmentExpiryConfig {

    /** How long before expiry the requester is warned. */
    @WithDefault("72")
    int expiryWarningHours();

    /** How many requests one batch (one transaction) warns or expires at most. */
    @WithDefault("200")
    int expiryBatch();

    /** How often the job runs (read by its schedule); {@code off} disables it. */
    @WithDefault("5m")
    String expiryScanEvery();

    /** How long after start-up the job first runs. */
    @WithDefault("30s")
    String expiryScanDelay();
}
