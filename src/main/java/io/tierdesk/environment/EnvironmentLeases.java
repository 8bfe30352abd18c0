package io.tierdesk.environment;

import io.tierdesk.common.Caller;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The automation side of the queue: workers claim approved requests under a lease, keep it alive with
 * heartbeats, and report the result. Only the worker holding an unexpired lease may report; once a lease runs
 * out the request is back in the queue and its next claimer owns it.
 */
@ApplicationScoped
public class EnvironmentLeases {

    private final EnvironmentRequestRepository requests;
    private final Journal journal;
    private final Caller caller;
    private final Clock clock;

    EnvironmentLeases(EnvironmentRequestRepository requests, Journal journal, Caller caller, Clock clock) {
        this.requests = requests;
        this.journal = journal;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public List<EnvironmentRequest> claim(int maxItems, int leaseSeconds, List<String> types, List<String> regions) {
        OffsetDateTime now = Timestamps.now(clock);
        List<UUID> ids = requests.claim(caller.subject(), now, now.plusSeconds(leaseSeconds), maxItems, types, regions);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<EnvironmentRequest> claimed = requests.byIds(ids);
        for (EnvironmentRequest request : claimed) {
            journal.record(
                    "environment_request.claimed",
                    EnvironmentRequestMapper.subject(request),
                    null,
                    EnvironmentRequestMapper.toApi(request));
        }
        return claimed;
    }

    @Transactional
    public EnvironmentRequest heartbeat(UUID id, int leaseSeconds) {
        return report(
                id,
                EnvironmentRequestStatus.PROVISIONING,
                "environment_request.lease_extended",
                r -> r.leaseExpiresAt = Timestamps.now(clock).plusSeconds(leaseSeconds));
    }

    @Transactional
    public EnvironmentRequest complete(UUID id, String environmentId, String environmentUrl) {
        return report(id, EnvironmentRequestStatus.LIVE, "environment_request.provisioned", r -> {
            OffsetDateTime now = Timestamps.now(clock);
            r.environmentId = environmentId;
            r.environmentUrl = environmentUrl;
            r.provisionedAt = now;
            r.expiresAt = r.expiryDays == null ? null : now.plusDays(r.expiryDays);
            r.error = null;
            releaseLease(r);
        });
    }

    @Transactional
    public EnvironmentRequest fail(UUID id, String error) {
        return report(id, EnvironmentRequestStatus.FAILED, "environment_request.failed", r -> {
            r.error = error;
            releaseLease(r);
        });
    }

    private EnvironmentRequest report(
            UUID id, EnvironmentRequestStatus to, String action, Consumer<EnvironmentRequest> change) {
        EnvironmentRequest request = requests.findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (request == null) {
            throw new NotFound("environment request", id);
        }
        OffsetDateTime now = Timestamps.now(clock);
        if (request.status != EnvironmentRequestStatus.PROVISIONING
                || !caller.subject().equals(request.leaseOwner)
                || !request.leaseExpiresAt.isAfter(now)) {
            throw new Conflict(
                    "lease-not-held",
                    "You do not hold a lease on environment request " + id + " (it is " + request.status
                            + "); claim work again.");
        }
        EnvironmentRequestStates.check(request.status, to);
        var before = EnvironmentRequestMapper.toApi(request);
        request.status = to;
        change.accept(request);
        journal.changed(
                now,
                action,
                EnvironmentRequestMapper.subject(request),
                request,
                before,
                EnvironmentRequestMapper::toApi);
        return request;
    }

    private static void releaseLease(EnvironmentRequest request) {
        request.leaseOwner = null;
        request.leaseExpiresAt = null;
    }
}
