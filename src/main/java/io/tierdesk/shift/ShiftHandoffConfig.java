package io.tierdesk.shift;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** The handoff recording job's settings. */
@ConfigMapping(prefix = "tierdesk.oncall")
interface ShiftHandoffConfig {

    /** How far back each run records boundaries; a replica down for less than this misses none. */
    @WithDefault("24h")
    Duration handoffLookback();

    /** How often the job runs (read by its schedule); {@code off} disables it. */
    @WithDefault("1m")
    String handoffScanEvery();

    /** How long after start-up the job first runs. */
    @WithDefault("20s")
    String handoffScanDelay();
}
