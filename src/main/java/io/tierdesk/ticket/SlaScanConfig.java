package io.tierdesk.ticket;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The SLA scan's settings. */
@ConfigMapping(prefix = "tierdesk.sla")
interface SlaScanConfig {

    /** How many due clocks one batch (one transaction) checks at most. */
    @WithDefault("200")
    int scanBatch();

    /** How often the scan runs (read by its schedule); {@code off} disables it. */
    @WithDefault("15s")
    String scanEvery();

    /** How long after start-up the scan first runs. */
    @WithDefault("10s")
    String scanDelay();
}
