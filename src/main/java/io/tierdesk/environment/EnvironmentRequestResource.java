package io.tierdesk.environment;

import io.tierdesk.api.EnvironmentRequestsApi;
import io.tierdesk.api.model.EnvironmentClaimDto;
import io.tierdesk.api.model.EnvironmentClaimRequestDto;
import io.tierdesk.api.model.EnvironmentLeaseExtensionDto;
import io.tierdesk.api.model.EnvironmentProvisionedDto;
import io.tierdesk.api.model.EnvironmentProvisioningFailureDto;
import io.tierdesk.api.model.EnvironmentRequestCreateDto;
import io.tierdesk.api.model.EnvironmentRequestPageDto;
import io.tierdesk.api.model.EnvironmentRequestStatusDto;
import io.tierdesk.api.model.ReasonInputDto;
import io.tierdesk.common.ApiForms;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** The environment-request operations: makers ask, admins decide, provisioning automation works the queue. */
public class EnvironmentRequestResource implements EnvironmentRequestsApi {

    private static final int DEFAULT_LEASE_SECONDS = 300;

    private final EnvironmentRequestService environments;
    private final EnvironmentLeases leases;
    private final Pager pager;

    @Context
    UriInfo uri;

    EnvironmentRequestResource(EnvironmentRequestService environments, EnvironmentLeases leases, Pager pager) {
        this.environments = environments;
        this.leases = leases;
        this.pager = pager;
    }

    @Override
    public Response listEnvironmentRequests(EnvironmentRequestStatusDto status, Integer limit, String cursor) {
        Page<EnvironmentRequest> page = pager.page(
                "environment-requests:" + status,
                limit,
                cursor,
                2,
                (after, fetch) -> environments.page(status, after.time(0), after.id(1), fetch),
                request -> List.of(request.createdAt.toString(), request.id.toString()));
        return Responses.page(
                uri,
                page.map(EnvironmentRequestMapper::toApi),
                EnvironmentRequestPageDto::new,
                EnvironmentRequestPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response createEnvironmentRequest(EnvironmentRequestCreateDto body, String idempotencyKey) {
        EnvironmentRequest created = environments.create(body);
        return Responses.created(uri, created, EnvironmentRequestMapper::toApi);
    }

    @Override
    public Response getEnvironmentRequest(UUID id) {
        return environmentResponse(environments.visible(id));
    }

    @Override
    @Idempotent
    public Response approveEnvironmentRequest(UUID id, String ifMatch, String idempotencyKey) {
        return environmentResponse(environments.approve(id, ifMatch));
    }

    @Override
    @Idempotent
    public Response rejectEnvironmentRequest(UUID id, ReasonInputDto body, String ifMatch, String idempotencyKey) {
        return environmentResponse(environments.reject(id, body.getReason(), ifMatch));
    }

    @Override
    @Idempotent
    public Response cancelEnvironmentRequest(UUID id, String ifMatch, String idempotencyKey) {
        return environmentResponse(environments.cancel(id, ifMatch));
    }

    @Override
    @Idempotent
    public Response expireEnvironmentRequest(UUID id, String ifMatch, String idempotencyKey) {
        return environmentResponse(environments.expireNow(id, ifMatch));
    }

    @Override
    @Idempotent
    public Response retryEnvironmentRequest(UUID id, String ifMatch, String idempotencyKey) {
        return environmentResponse(environments.retry(id, ifMatch));
    }

    @Override
    @Idempotent
    public Response claimEnvironmentRequests(EnvironmentClaimRequestDto body, String idempotencyKey) {
        int max = body.getMaxItems() == null ? 1 : body.getMaxItems();
        int lease = body.getLeaseSeconds() == null ? DEFAULT_LEASE_SECONDS : body.getLeaseSeconds();
        List<String> types = body.getTypes() == null
                ? List.of()
                : body.getTypes().stream().map(Object::toString).distinct().toList();
        List<String> regions = body.getRegions() == null
                ? List.of()
                : body.getRegions().stream().distinct().toList();
        List<EnvironmentRequest> claimed = leases.claim(max, lease, types, regions);
        if (claimed.isEmpty()) {
            return Response.noContent().build();
        }
        return Response.ok(new EnvironmentClaimDto()
                        .items(claimed.stream()
                                .map(EnvironmentRequestMapper::toApi)
                                .toList()))
                .build();
    }

    @Override
    @Idempotent
    public Response heartbeatEnvironmentRequest(UUID id, EnvironmentLeaseExtensionDto body, String idempotencyKey) {
        int lease = body.getLeaseSeconds() == null ? DEFAULT_LEASE_SECONDS : body.getLeaseSeconds();
        return Response.ok(ApiForms.of(leases.heartbeat(id, lease), EnvironmentRequestMapper::toApi))
                .build();
    }

    @Override
    @Idempotent
    public Response completeEnvironmentRequest(UUID id, EnvironmentProvisionedDto body, String idempotencyKey) {
        return Response.ok(ApiForms.of(
                        leases.complete(id, body.getEnvironmentId(), body.getEnvironmentUrl()),
                        EnvironmentRequestMapper::toApi))
                .build();
    }

    @Override
    @Idempotent
    public Response failEnvironmentRequest(UUID id, EnvironmentProvisioningFailureDto body, String idempotencyKey) {
        return Response.ok(ApiForms.of(leases.fail(id, body.getError()), EnvironmentRequestMapper::toApi))
                .build();
    }

    private static Response environmentResponse(EnvironmentRequest request) {
        return Responses.ok(request, EnvironmentRequestMapper::toApi);
    }
}
