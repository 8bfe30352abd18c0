package io.tierdesk.shift;

import io.quarkus.scheduler.Scheduled;
import io.tierdesk.common.BatchJob;
import io.tierdesk.oncall.OnCallDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
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
    private final BatchJob batches;
    private final Duration lookback;

    ShiftHandoffJob(
            OnCallDirectory directory,
            ShiftHandoffRecorder recorder,
            Clock clock,
            BatchJob batches,
            ShiftHandoffConfig config) {
        this.directory = directory;
        this.recorder = recorder;
        this.clock = clock;
        this.batches = batches;
        this.lookback = config.handoffLookback();
    }

    @Scheduled(
            every = "{tierdesk.oncall.handoff-scan-every:1m}",
            delayed = "{tierdesk.oncall.handoff-scan-delay:20s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRecord() {
        recordRecent();
    }

    /** Records every boundary of the last lookback; returns how many handoffs this run created. */
    @ActivateRequestContext
    public int recordRecent() {
        Instant until = clock.instant();
        Instant since = until.minus(lookback);
        int created = batches.forEach(
                directory.rotationsActiveBetween(since, until),
                rotationId -> recorder.record(rotationId, since, until));
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
