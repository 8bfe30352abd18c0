package io.tierdesk.audit;

import io.tierdesk.api.AuditApi;
import io.tierdesk.api.model.AuditEventPage;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Cursors;
import io.tierdesk.common.Page;
import io.tierdesk.common.PageRequest;
import io.tierdesk.common.Responses;
import io.tierdesk.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

class AuditResource implements AuditApi {

    private final AuditRepository events;
    private final Cursors cursors;
    private final Caller caller;

    @Context
    UriInfo uri;

    AuditResource(AuditRepository events, Cursors cursors, Caller caller) {
        this.events = events;
        this.cursors = cursors;
        this.caller = caller;
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.AUDITOR })
    public Response listAuditEvents(String resourceType, String resourceId, String actor, String action,
            OffsetDateTime since, OffsetDateTime until, Integer limit, String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        AuditRepository.Filter filter = new AuditRepository.Filter(resourceType, resourceId, actor, action, since, until);
        String scope = "audit:" + filter;
        Long beforeId = request.first() ? null
                : Long.valueOf(cursors.decode(scope, caller.subject(), request.cursor(), 1).get(0));
        Page<AuditEvent> page = Page.of(events.page(filter, beforeId, request.limit() + 1), request.limit(),
                last -> cursors.encode(scope, caller.subject(), List.of(last.id.toString())));
        AuditEventPage body = new AuditEventPage().items(page.map(AuditResource::toApi).items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }

    private static io.tierdesk.api.model.AuditEvent toApi(AuditEvent event) {
        io.tierdesk.api.model.AuditEvent api = new io.tierdesk.api.model.AuditEvent()
                .id(event.id)
                .occurredAt(event.occurredAt.withOffsetSameInstant(ZoneOffset.UTC))
                .actor(event.actor)
                .action(event.action)
                .resourceType(event.resourceType)
                .resourceId(event.resourceId)
                .requestId(event.requestId);
        api.setBefore(event.before);
        api.setAfter(event.after);
        return api;
    }
}
