package io.tierdesk.shift;

import io.quarkus.scheduler.Scheduled;
import io.tierdesk.common.Shutdown;
import io.tierdesk.oncall.OnCallDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Records the handoffs of every active rotation at the boundaries of the last {@code lookback}, so a replica that
 * was down for less than that misses nothing. Every replica may run it: the recorder inserts each boundary once.
 */
@ApplicationScoped
public class ShiftHandoffJob {

    private static final Logger LOG = Logger.getLogger(ShiftHandoffJob.class);

    private final OnCallDirectory directory;
    private final ShiftHandoffRecorder recorder;
    private final Clock clock;
    private final Shutdown shutdown;
    private final Duration lookback;

    ShiftHandoffJob(OnCallDirectory directory, ShiftHandoffRecorder recorder, Clock clock, Shutdown shutdown,
                    @ConfigProperty(name = "tierdesk.oncall.handoff-lookback", defaultValue = "24h") Duration lookback) {
        this.directory = directory;
        this.recorder = recorder;
        this.clock = clock;
        this.shutdown = shutdown;
        this.lookback = lookback;
    }

    @Scheduled(every = "{tierdesk.oncall.handoff-scan-every:1m}", delayed = "{tierdesk.oncall.handoff-scan-delay:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRecord() {
        recordRecent();
    }

    /** Records every boundary of the last lookback; returns how many handoffs this run created. */
    @ActivateRequestContext
    public int recordRecent() {
        Instant until = clock.instant();
        Instant since = until.minus(lookback);
        int created = 0;
        for (UUID rotationId : directory.rotationsActiveBetween(since, until)) {
            if (shutdown.requested()) {
                break;
            }
            created += recorder.record(rotationId, since, until);
        }
        if (created > 0) {
            LOG.debugf("Recorded %d shift handoffs", created);
        }
        return created;
    }

    /** Records the last lookback's boundaries of one rotation; the lazy path behind listing its handoffs. */
    void recordRecent(UUID rotationId) {
        Instant until = clock.instant();
        recorder.record(rotationId, until.minus(lookback), until);
    }
}
