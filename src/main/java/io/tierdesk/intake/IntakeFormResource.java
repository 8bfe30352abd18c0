package io.tierdesk.intake;

import io.tierdesk.api.IntakeFormsApi;
import io.tierdesk.common.ApiForms;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Idempotent;
import io.tierdesk.ticket.Ticket;
import io.tierdesk.ticket.TicketMapper;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.UUID;

class IntakeFormResource implements IntakeFormsApi {

    private final IntakeFormService service;

    @Context
    UriInfo uri;

    IntakeFormResource(IntakeFormService service) {
        this.service = service;
    }

    @Override
    public Response getIntakeForm(UUID solutionId, String ifNoneMatch) {
        IntakeFormService.Served served = service.form(solutionId);
        EntityTag tag = new EntityTag(served.etag());
        if (matches(ifNoneMatch, tag)) {
            return Response.notModified(tag).build();
        }
        return Response.ok(served.form()).tag(tag).build();
    }

    @Override
    @Idempotent
    public Response submitIntakeForm(UUID solutionId, Map<String, Object> submission, String idempotencyKey) {
        Ticket ticket = service.submit(solutionId, submission);
        return Response.created(uri.getBaseUriBuilder()
                        .path("tickets")
                        .path(ticket.id.toString())
                        .build())
                .entity(ApiForms.of(ticket, TicketMapper::toApi))
                .tag(ETags.of(ticket.version))
                .build();
    }

    /** If-None-Match lists the current tag (or is *); weak comparison, as RFC 9110 asks for this header. */
    private static boolean matches(String ifNoneMatch, EntityTag current) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("*") || tag.equals("\"" + current.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }
}
