package io.tierdesk.audit;

import io.tierdesk.api.AuditApi;
import io.tierdesk.api.model.AuditEventDto;
import io.tierdesk.api.model.AuditEventPageDto;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import io.tierdesk.common.Timestamps;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

class AuditResource implements AuditApi {

    private final AuditLog log;
    private final Pager pager;

    @Context
    UriInfo uri;

    AuditResource(AuditLog log, Pager pager) {
        this.log = log;
        this.pager = pager;
    }

    @Override
    public Response listAuditEvents(
            String resourceType,
            String resourceId,
            String actor,
            String action,
            OffsetDateTime since,
            OffsetDateTime until,
            Integer limit,
            String cursor) {
        Timestamps.requireOrdered(since, until);
        AuditRepository.Filter filter =
                new AuditRepository.Filter(resourceType, resourceId, actor, action, since, until);
        Page<AuditEvent> page = pager.page(
                "audit:" + filter,
                limit,
                cursor,
                1,
                (after, fetch) -> log.page(filter, after.number(0), fetch),
                event -> List.of(event.id.toString()));
        return Responses.page(
                uri, page.map(AuditResource::toApi), AuditEventPageDto::new, AuditEventPageDto::nextCursor);
    }

    private static AuditEventDto toApi(AuditEvent event) {
        AuditEventDto api = new AuditEventDto()
                .id(event.id)
                .occurredAt(event.occurredAt.withOffsetSameInstant(ZoneOffset.UTC))
                .actor(event.actor)
                .action(event.action)
                .resourceType(event.resourceType)
                .resourceId(event.resourceId)
                .requestId(event.requestId)
                .clientRequestId(event.clientRequestId);
        api.setBefore(event.before);
        api.setAfter(event.after);
        return api;
    }
}
