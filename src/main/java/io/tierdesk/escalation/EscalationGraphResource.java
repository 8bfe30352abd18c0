package io.tierdesk.escalation;

import io.tierdesk.api.EscalationApi;
import io.tierdesk.api.model.EscalationGraphInputDto;
import io.tierdesk.api.model.EscalationGraphPageDto;
import io.tierdesk.api.model.EscalationGraphStateDto;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Responses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

class EscalationGraphResource implements EscalationApi {

    private final EscalationGraphService service;

    @Context
    UriInfo uri;

    EscalationGraphResource(EscalationGraphService service) {
        this.service = service;
    }

    @Override
    public Response getEscalationGraphInForce() {
        return Responses.ok(service.inForce(), EscalationGraphMapper::toApi);
    }

    @Override
    public Response listEscalationGraphs(
            EscalationGraphStateDto state, Integer publishedVersion, Integer limit, String cursor) {
        return Responses.page(
                uri,
                service.list(state, publishedVersion, limit, cursor).map(EscalationGraphMapper::toApi),
                EscalationGraphPageDto::new,
                EscalationGraphPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response createEscalationGraphDraft(EscalationGraphInputDto input, String idempotencyKey) {
        return Responses.created(uri, service.createDraft(input), EscalationGraphMapper::toApi);
    }

    @Override
    public Response getEscalationGraph(UUID escalationGraphId) {
        return Responses.ok(service.visible(escalationGraphId), EscalationGraphMapper::toApi);
    }

    @Override
    @Idempotent
    public Response publishEscalationGraph(UUID escalationGraphId, String idempotencyKey) {
        return Responses.ok(service.publish(escalationGraphId), EscalationGraphMapper::toApi);
    }
}
