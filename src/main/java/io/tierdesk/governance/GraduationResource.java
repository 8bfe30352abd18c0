package io.tierdesk.governance;

import io.tierdesk.api.GraduationApi;
import io.tierdesk.api.model.GraduationRequestCreateDto;
import io.tierdesk.api.model.GraduationRequestPageDto;
import io.tierdesk.api.model.GraduationRequestStatusDto;
import io.tierdesk.api.model.ReasonInputDto;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** Graduation requests: asked by owners or governance, decided by the platform team. */
public class GraduationResource implements GraduationApi {

    private final GraduationService graduations;
    private final Pager pager;

    @Context
    UriInfo uri;

    GraduationResource(GraduationService graduations, Pager pager) {
        this.graduations = graduations;
        this.pager = pager;
    }

    @Override
    @Idempotent
    public Response createGraduationRequest(GraduationRequestCreateDto body, String idempotencyKey) {
        GraduationRequest created = graduations.create(body);
        return Responses.created(uri, created, GovernanceMapper::toApi);
    }

    @Override
    public Response listGraduationRequests(
            GraduationRequestStatusDto status, UUID solutionId, Integer limit, String cursor) {
        Page<GraduationRequest> page = pager.page(
                "graduation-requests:" + status + ":" + solutionId,
                limit,
                cursor,
                2,
                (after, fetch) -> graduations.page(status, solutionId, after.time(0), after.id(1), fetch),
                request -> List.of(request.createdAt.toString(), request.id.toString()));
        return Responses.page(
                uri,
                page.map(GovernanceMapper::toApi),
                GraduationRequestPageDto::new,
                GraduationRequestPageDto::nextCursor);
    }

    @Override
    public Response getGraduationRequest(UUID id) {
        GraduationRequest request = graduations.visible(id);
        return Responses.ok(request, GovernanceMapper::toApi);
    }

    @Override
    @Idempotent
    public Response approveGraduationRequest(UUID id, ReasonInputDto body, String ifMatch, String idempotencyKey) {
        GraduationRequest request = graduations.approve(id, body.getReason(), ifMatch);
        return Responses.ok(request, GovernanceMapper::toApi);
    }

    @Override
    @Idempotent
    public Response rejectGraduationRequest(UUID id, ReasonInputDto body, String ifMatch, String idempotencyKey) {
        GraduationRequest request = graduations.reject(id, body.getReason(), ifMatch);
        return Responses.ok(request, GovernanceMapper::toApi);
    }
}
