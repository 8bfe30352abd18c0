package io.tierdesk.paging;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The escalation timer's settings. */
@ConfigMapping(prefix = "tierdesk.paging")
interface PagingConfig {

    /** How often the timer looks for due pages (read by its schedule); {@code off} disables it. */
    @WithDefault("15s")
    String escalationEvery();

    /** How long after start-up the timer first runs. */
    @WithDefault("10s")
    String escalationDelay();

    /** Pages claimed per transaction. */
    @WithDefault("50")
    int escalationBatch();
}
