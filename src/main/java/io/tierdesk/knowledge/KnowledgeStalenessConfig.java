package io.tierdesk.knowledge;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The staleness job's settings. */
@ConfigMapping(prefix = "tierdesk.knowledge")
interface KnowledgeStalenessConfig {

    /** How many articles one batch (one transaction) reports at most. */
    @WithDefault("200")
    int stalenessBatch();

    /** How often the job runs (read by its schedule); {@code off} disables it. */
    @WithDefault("1h")
    String stalenessEvery();

    /** How long after start-up the job first runs. */
    @WithDefault("1m")
    String stalenessDelay();
}
