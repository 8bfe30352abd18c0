package io.tierdesk.ticket;

import io.tierdesk.api.TicketsApi;
import io.tierdesk.api.model.SupportLevelDto;
import io.tierdesk.api.model.TicketAdvisoryLinkDto;
import io.tierdesk.api.model.TicketCategoryDto;
import io.tierdesk.api.model.TicketCommentInputDto;
import io.tierdesk.api.model.TicketCommentPageDto;
import io.tierdesk.api.model.TicketCreateDto;
import io.tierdesk.api.model.TicketEscalationDto;
import io.tierdesk.api.model.TicketHistoryPageDto;
import io.tierdesk.api.model.TicketPageDto;
import io.tierdesk.api.model.TicketPriorityDto;
import io.tierdesk.api.model.TicketRerouteDto;
import io.tierdesk.api.model.TicketStatusDto;
import io.tierdesk.api.model.TicketTransitionDto;
import io.tierdesk.api.model.TicketUpdateDto;
import io.tierdesk.api.model.TicketUpsertDto;
import io.tierdesk.common.ApiForms;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.InvalidInput;
import io.tierdesk.common.Page;
import io.tierdesk.common.Responses;
import io.tierdesk.ticketterms.TicketCategory;
import io.tierdesk.ticketterms.TicketPriority;
import io.tierdesk.ticketterms.TicketStatus;
import io.tierdesk.tier.SupportLevel;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Set;
import java.util.UUID;

class TicketResource implements TicketsApi {

    private static final Set<String> SORTS = Set.of("created", "due");

    private final TicketService service;
    private final TicketWorkflow workflow;
    private final TicketComments comments;
    private final TicketQueries queries;
    private final TicketSla sla;
    private final TicketSync sync;
    private final Clock clock;

    @Context
    UriInfo uri;

    TicketResource(
            TicketService service,
            TicketWorkflow workflow,
            TicketComments comments,
            TicketQueries queries,
            TicketSla sla,
            TicketSync sync,
            Clock clock) {
        this.service = service;
        this.workflow = workflow;
        this.comments = comments;
        this.queries = queries;
        this.sla = sla;
        this.sync = sync;
        this.clock = clock;
    }

    @Override
    public Response listTickets(
            TicketStatusDto status,
            SupportLevelDto level,
            UUID teamId,
            String assignee,
            String requester,
            UUID solutionId,
            TicketPriorityDto priority,
            TicketCategoryDto category,
            Boolean open,
            Boolean breached,
            OffsetDateTime dueBefore,
            String externalSystem,
            String externalId,
            String q,
            String sort,
            Integer limit,
            String cursor) {
        var filter = new TicketRepository.Filter(
                Enums.same(status, TicketStatus.class),
                Enums.same(level, SupportLevel.class),
                teamId,
                assignee,
                requester,
                solutionId,
                Enums.same(priority, TicketPriority.class),
                Enums.same(category, TicketCategory.class),
                open,
                breached,
                dueBefore,
                externalSystem,
                externalId,
                q == null || q.isBlank() ? null : q);
        if (sort != null && !SORTS.contains(sort)) {
            throw InvalidInput.field("sort", "must be one of created, due");
        }
        Page<Ticket> page = queries.page(filter, "due".equals(sort), limit, cursor);
        return Responses.page(uri, page.map(TicketMapper::toApi), TicketPageDto::new, TicketPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response createTicket(TicketCreateDto ticketCreate, String idempotencyKey) {
        Ticket ticket = service.create(ticketCreate);
        return Responses.created(uri, ticket, TicketMapper::toApi);
    }

    @Override
    public Response upsertTicketByExternalRef(
            String system, String externalId, TicketUpsertDto ticketUpsert, String ifMatch) {
        TicketService.Upserted upserted = sync.upsert(system, externalId, ticketUpsert, ifMatch);
        Ticket ticket = upserted.ticket();
        if (!upserted.created()) {
            return ok(ticket);
        }
        return Response.created(uri.getBaseUriBuilder()
                        .path("tickets")
                        .path(ticket.id.toString())
                        .build())
                .entity(ApiForms.of(ticket, TicketMapper::toApi))
                .tag(ETags.of(ticket.version))
                .build();
    }

    @Override
    public Response getTicket(UUID ticketId) {
        return ok(service.visible(ticketId));
    }

    @Override
    public Response updateTicket(UUID ticketId, TicketUpdateDto ticketUpdate, String ifMatch) {
        return ok(service.update(ticketId, ticketUpdate, ifMatch));
    }

    @Override
    @Idempotent
    public Response transitionTicket(
            UUID ticketId, TicketTransitionDto transition, String ifMatch, String idempotencyKey) {
        return ok(workflow.transition(
                ticketId, Enums.same(transition.getToStatus(), TicketStatus.class), transition.getReason(), ifMatch));
    }

    @Override
    @Idempotent
    public Response escalateTicket(UUID ticketId, TicketEscalationDto escalation, String idempotencyKey) {
        return ok(workflow.escalate(ticketId, escalation));
    }

    @Override
    @Idempotent
    public Response linkTicketToVendorAdvisory(UUID ticketId, TicketAdvisoryLinkDto link, String idempotencyKey) {
        return ok(workflow.linkAdvisory(ticketId, link));
    }

    @Override
    @Idempotent
    public Response rerouteTicket(UUID ticketId, TicketRerouteDto reroute, String idempotencyKey) {
        return ok(workflow.reroute(ticketId, reroute));
    }

    @Override
    public Response listTicketComments(UUID ticketId, Integer limit, String cursor) {
        Page<TicketComment> page = queries.comments(ticketId, limit, cursor);
        return Responses.page(
                uri, page.map(TicketMapper::toApi), TicketCommentPageDto::new, TicketCommentPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response addTicketComment(UUID ticketId, TicketCommentInputDto input, String idempotencyKey) {
        return Response.status(Response.Status.CREATED)
                .entity(TicketMapper.toApi(comments.add(ticketId, input)))
                .build();
    }

    @Override
    public Response listTicketHistory(UUID ticketId, Integer limit, String cursor) {
        Page<TicketHistory> page = queries.history(ticketId, limit, cursor);
        return Responses.page(
                uri, page.map(TicketMapper::toApi), TicketHistoryPageDto::new, TicketHistoryPageDto::nextCursor);
    }

    @Override
    public Response getTicketSla(UUID ticketId) {
        return Response.ok(sla.explain(service.visible(ticketId), clock.instant()))
                .build();
    }

    @Override
    @Idempotent
    public Response addTicketCommentByExternalRef(
            String system, String externalId, TicketCommentInputDto input, String idempotencyKey) {
        return addTicketComment(service.visibleIdByExternalRef(system, externalId), input, idempotencyKey);
    }

    @Override
    @Idempotent
    public Response transitionTicketByExternalRef(
            String system, String externalId, TicketTransitionDto transition, String ifMatch, String idempotencyKey) {
        return transitionTicket(
                service.visibleIdByExternalRef(system, externalId), transition, ifMatch, idempotencyKey);
    }

    @Override
    public Response getTicketSlaByExternalRef(String system, String externalId) {
        return getTicketSla(service.visibleIdByExternalRef(system, externalId));
    }

    private static Response ok(Ticket ticket) {
        return Responses.ok(ticket, TicketMapper::toApi);
    }
}
