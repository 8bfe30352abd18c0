package io.tierdesk.shift;

import io.tierdesk.api.ShiftHandoffsApi;
import io.tierdesk.api.model.ShiftHandoffNotesDto;
import io.tierdesk.api.model.ShiftHandoffPageDto;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Page;
import io.tierdesk.common.Responses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

public class ShiftHandoffResource implements ShiftHandoffsApi {

    private final ShiftHandoffService handoffs;

    @Context
    UriInfo uri;

    ShiftHandoffResource(ShiftHandoffService handoffs) {
        this.handoffs = handoffs;
    }

    @Override
    public Response listShiftHandoffs(
            UUID teamId, UUID rotationId, String member, Boolean unacknowledged, Integer limit, String cursor) {
        Page<ShiftHandoff> page = handoffs.list(teamId, rotationId, member, unacknowledged, limit, cursor);
        return Responses.page(
                uri, page.map(ShiftHandoffMapper::summary), ShiftHandoffPageDto::new, ShiftHandoffPageDto::nextCursor);
    }

    @Override
    public Response getShiftHandoff(UUID id) {
        return detail(handoffs.visible(id));
    }

    @Override
    public Response putShiftHandoffNotes(UUID id, ShiftHandoffNotesDto notes, String ifMatch) {
        return detail(handoffs.writeNotes(id, notes.getNotes(), ifMatch));
    }

    @Override
    @Idempotent
    public Response acknowledgeShiftHandoff(UUID id, String idempotencyKey) {
        return detail(handoffs.acknowledge(id));
    }

    private Response detail(ShiftHandoff handoff) {
        return Responses.ok(ShiftHandoffMapper.detail(handoff, handoffs.tickets(handoff)), handoff.version);
    }
}
