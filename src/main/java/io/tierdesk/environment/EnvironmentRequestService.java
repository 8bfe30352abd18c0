package io.tierdesk.environment;

import io.tierdesk.api.model.EnvironmentRequestCreateDto;
import io.tierdesk.api.model.EnvironmentRequestStatusDto;
import io.tierdesk.common.Caller;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Forbidden;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.Roles;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import io.tierdesk.tier.Tier;
import io.tierdesk.tier.TierService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/** Makers ask for environments, admins decide: the human side of the environment request queue. */
@ApplicationScoped
public class EnvironmentRequestService {

    private final EnvironmentRequestRepository requests;
    private final TierService tiers;
    private final Journal journal;
    private final Caller caller;
    private final Clock clock;

    EnvironmentRequestService(
            EnvironmentRequestRepository requests, TierService tiers, Journal journal, Caller caller, Clock clock) {
        this.requests = requests;
        this.tiers = tiers;
        this.journal = journal;
        this.caller = caller;
        this.clock = clock;
    }

    /** Makers see the requests they made; staff and automation see all. */
    public String visibleRequester() {
        return caller.isAny(Roles.ENVIRONMENT_OVERSIGHT) ? null : caller.subject();
    }

    /** The request, or 404 when it does not exist or the caller may not see it. */
    public EnvironmentRequest visible(UUID id) {
        EnvironmentRequest request = requests.findById(id);
        String requester = visibleRequester();
        if (request == null || (requester != null && !requester.equals(request.requester))) {
            throw new NotFound("environment request", id);
        }
        return request;
    }

    public List<EnvironmentRequest> page(
            EnvironmentRequestStatusDto status, OffsetDateTime afterCreated, UUID afterId, int fetch) {
        return requests.page(
                visibleRequester(), Enums.same(status, EnvironmentRequestStatus.class), afterCreated, afterId, fetch);
    }

    @Transactional
    public EnvironmentRequest create(EnvironmentRequestCreateDto input) {
        Tier tier = tiers.require(input.getTierId() == null ? Tier.PRODUCTIVITY : input.getTierId(), "tier_id");
        EnvironmentRequest request = new EnvironmentRequest();
        request.id = UUID.randomUUID();
        request.displayName = input.getDisplayName();
        request.type = Enums.same(input.getType(), EnvironmentRequestType.class);
        request.region = input.getRegion();
        request.purpose = input.getPurpose();
        request.requestedAdmins = input.getRequestedAdmins() == null
                ? new ArrayList<>()
                : new ArrayList<>(new LinkedHashSet<>(input.getRequestedAdmins()));
        request.securityGroup = input.getSecurityGroup();
        request.dataverse = Boolean.TRUE.equals(input.getDataverse());
        request.expiryDays = input.getExpiryDays();
        request.tierId = tier.id;
        request.requester = caller.subject();
        request.status = EnvironmentRequestStatus.PENDING;
        requests.persist(request);
        journal.created(
                "environment_request.created",
                EnvironmentRequestMapper.subject(request),
                request,
                EnvironmentRequestMapper::toApi);
        return request;
    }

    @Transactional
    public EnvironmentRequest approve(UUID id, String ifMatch) {
        return decide(id, ifMatch, EnvironmentRequestStatus.APPROVED, null);
    }

    @Transactional
    public EnvironmentRequest reject(UUID id, String reason, String ifMatch) {
        return decide(id, ifMatch, EnvironmentRequestStatus.REJECTED, reason);
    }

    @Transactional
    public EnvironmentRequest cancel(UUID id, String ifMatch) {
        EnvironmentRequest request = visible(id);
        if (!caller.is(Roles.ADMIN) && !request.requester.equals(caller.subject())) {
            throw new Forbidden("Only the requester or an admin cancels an environment request.");
        }
        EnvironmentRequestStates.require(request.status, EnvironmentRequestStatus.PENDING, "cancelled");
        return move(request, ifMatch, EnvironmentRequestStatus.CANCELLED, "environment_request.cancelled", r -> {});
    }

    /** Ends a live environment before its expiry date, with the same outcome and event as the expiry job. */
    @Transactional
    public EnvironmentRequest expireNow(UUID id, String ifMatch) {
        EnvironmentRequest request = visible(id);
        if (!caller.isAny(Roles.STAFF) && !request.requester.equals(caller.subject())) {
            throw new Forbidden("Only the requester, the platform team or an admin ends a live environment early.");
        }
        EnvironmentRequestStates.require(request.status, EnvironmentRequestStatus.LIVE, "ended");
        return move(
                request,
                ifMatch,
                EnvironmentRequestStatus.EXPIRED,
                "environment_request.expired",
                r -> r.expiresAt = Timestamps.now(clock));
    }

    @Transactional
    public EnvironmentRequest retry(UUID id, String ifMatch) {
        EnvironmentRequest request = visible(id);
        EnvironmentRequestStates.require(request.status, EnvironmentRequestStatus.FAILED, "retried");
        return move(request, ifMatch, EnvironmentRequestStatus.APPROVED, "environment_request.retried", r -> {
            r.queuedAt = Timestamps.now(clock);
            r.leaseOwner = null;
            r.leaseExpiresAt = null;
        });
    }

    private EnvironmentRequest decide(UUID id, String ifMatch, EnvironmentRequestStatus to, String reason) {
        EnvironmentRequest request = visible(id);
        EnvironmentRequestStates.require(request.status, EnvironmentRequestStatus.PENDING, "decided");
        String action = to == EnvironmentRequestStatus.APPROVED
                ? "environment_request.approved"
                : "environment_request.rejected";
        return move(request, ifMatch, to, action, r -> {
            r.decisionReason = reason;
            r.decidedBy = caller.subject();
            r.decidedAt = Timestamps.now(clock);
            if (to == EnvironmentRequestStatus.APPROVED) {
                r.queuedAt = r.decidedAt;
            }
        });
    }

    private EnvironmentRequest move(
            EnvironmentRequest request,
            String ifMatch,
            EnvironmentRequestStatus to,
            String action,
            java.util.function.Consumer<EnvironmentRequest> change) {
        ETags.checkIfMatch(ifMatch, request.version);
        EnvironmentRequestStates.check(request.status, to);
        var before = EnvironmentRequestMapper.toApi(request);
        request.status = to;
        change.accept(request);
        journal.changed(
                action, EnvironmentRequestMapper.subject(request), request, before, EnvironmentRequestMapper::toApi);
        return request;
    }
}
