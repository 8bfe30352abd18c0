package io.tierdesk.environment;

import io.quarkus.scheduler.Scheduled;
import io.tierdesk.common.BatchJob;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Warns ahead of time and then expires live environments whose duration has run out. Rows are claimed with
 * FOR UPDATE SKIP LOCKED and the state change commits with its audit event, so with several replicas each
 * request is warned once and expired once.
 */
@ApplicationScoped
public class EnvironmentExpiry {

    private final EnvironmentRequestRepository requests;
    private final Journal journal;
    private final Clock clock;
    private final BatchJob batches;
    private final int warningHours;
    private final int batchSize;

    EnvironmentExpiry(
            EnvironmentRequestRepository requests,
            Journal journal,
            Clock clock,
            BatchJob batches,
            EnvironmentExpiryConfig config) {
        this.requests = requests;
        this.journal = journal;
        this.clock = clock;
        this.batches = batches;
        this.warningHours = config.expiryWarningHours();
        this.batchSize = config.expiryBatch();
    }

    @Scheduled(
            every = "{tierdesk.environments.expiry-scan-every:5m}",
            delayed = "{tierdesk.environments.expiry-scan-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledScan() {
        batches.untilShort(batchSize, this::scanBatch);
    }

    /** Warns and expires one batch; returns how many requests it changed. */
    @Transactional
    @ActivateRequestContext
    public int scanBatch() {
        OffsetDateTime now = Timestamps.now(clock);
        List<UUID> expired = requests.lockExpired(now, batchSize);
        for (EnvironmentRequest request : requests.byIds(expired)) {
            var before = EnvironmentRequestMapper.toApi(request);
            request.status = EnvironmentRequestStatus.EXPIRED;
            journal.changed(
                    now,
                    "environment_request.expired",
                    EnvironmentRequestMapper.subject(request),
                    request,
                    before,
                    EnvironmentRequestMapper::toApi);
        }
        List<UUID> warn = requests.lockDueForWarning(now, now.plusHours(warningHours), batchSize);
        for (EnvironmentRequest request : requests.byIds(warn)) {
            var before = EnvironmentRequestMapper.toApi(request);
            request.expiryWarnedAt = now;
            journal.changed(
                    now,
                    "environment_request.expiry_warning",
                    EnvironmentRequestMapper.subject(request),
                    request,
                    before,
                    EnvironmentRequestMapper::toApi);
        }
        return Math.max(expired.size(), warn.size());
    }
}
