package io.tierdesk.governance;

import io.tierdesk.api.HandoffsApi;
import io.tierdesk.api.model.ChecklistItemCodeDto;
import io.tierdesk.api.model.ChecklistTickDto;
import io.tierdesk.api.model.HandoffCreateDto;
import io.tierdesk.api.model.HandoffPageDto;
import io.tierdesk.api.model.HandoffStatusDto;
import io.tierdesk.api.model.HandoffTransitionDto;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** Handoffs of support to another team and level, with their checklist. */
public class HandoffResource implements HandoffsApi {

    private final HandoffService handoffs;
    private final Pager pager;

    @Context
    UriInfo uri;

    HandoffResource(HandoffService handoffs, Pager pager) {
        this.handoffs = handoffs;
        this.pager = pager;
    }

    @Override
    @Idempotent
    public Response createHandoff(HandoffCreateDto body, String idempotencyKey) {
        Handoff created = handoffs.propose(body);
        return Responses.created(uri, created, GovernanceMapper::toApi);
    }

    @Override
    public Response listHandoffs(
            HandoffStatusDto status, UUID solutionId, UUID toTeamId, Integer limit, String cursor) {
        Page<Handoff> page = pager.page(
                "handoffs:" + status + ":" + solutionId + ":" + toTeamId,
                limit,
                cursor,
                2,
                (after, fetch) -> handoffs.page(status, solutionId, toTeamId, after.time(0), after.id(1), fetch),
                handoff -> List.of(handoff.createdAt.toString(), handoff.id.toString()));
        return Responses.page(uri, page.map(GovernanceMapper::toApi), HandoffPageDto::new, HandoffPageDto::nextCursor);
    }

    @Override
    public Response getHandoff(UUID id) {
        return handoffResponse(handoffs.visible(id));
    }

    @Override
    @Idempotent
    public Response transitionHandoff(UUID id, HandoffTransitionDto body, String ifMatch, String idempotencyKey) {
        return handoffResponse(handoffs.transition(id, body.getStatus(), body.getReason(), ifMatch));
    }

    @Override
    @Idempotent
    public Response tickHandoffChecklistItem(
            UUID id, ChecklistItemCodeDto itemCode, ChecklistTickDto body, String idempotencyKey) {
        return handoffResponse(handoffs.tick(id, itemCode, body.getEvidence()));
    }

    private static Response handoffResponse(Handoff handoff) {
        return Responses.ok(handoff, GovernanceMapper::toApi);
    }
}
