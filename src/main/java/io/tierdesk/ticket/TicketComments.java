package io.tierdesk.ticket;

import io.tierdesk.api.model.TicketCommentInputDto;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Forbidden;
import io.tierdesk.ticketterms.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Comments and internal notes. The first public comment by someone working the ticket is its first response; a
 * requester's answer to a ticket waiting on them puts it back in progress.
 */
@ApplicationScoped
public class TicketComments {

    private final TicketService tickets;
    private final TicketWorkflow workflow;
    private final TicketCommentRepository comments;
    private final TicketAccess access;
    private final TicketJournal journal;
    private final TicketSla sla;

    TicketComments(
            TicketService tickets,
            TicketWorkflow workflow,
            TicketCommentRepository comments,
            TicketAccess access,
            TicketJournal journal,
            TicketSla sla) {
        this.tickets = tickets;
        this.workflow = workflow;
        this.comments = comments;
        this.access = access;
        this.journal = journal;
        this.sla = sla;
    }

    @Transactional
    public TicketComment add(UUID ticketId, TicketCommentInputDto input) {
        Ticket ticket = tickets.visible(ticketId);
        CommentVisibility visibility = input.getVisibility() == null
                ? CommentVisibility.PUBLIC
                : Enums.same(input.getVisibility(), CommentVisibility.class);
        boolean works = access.works(ticket);
        if (visibility == CommentVisibility.INTERNAL && !works) {
            throw new Forbidden("Only support staff working this ticket write internal notes.");
        }
        if (ticket.status == TicketStatus.CLOSED) {
            throw new Conflict("ticket-closed", "A closed ticket takes no more comments.");
        }
        TicketComment comment = new TicketComment();
        comment.id = UUID.randomUUID();
        comment.ticketId = ticket.id;
        comment.author = access.subject();
        comment.visibility = visibility;
        comment.body = input.getBody();
        comment.createdAt = journal.now();
        boolean answersRequester = works && !access.isRequester(ticket);
        if (visibility == CommentVisibility.PUBLIC && answersRequester && ticket.firstRespondedAt == null) {
            comment.firstResponse = true;
            ticket.firstRespondedAt = comment.createdAt;
            sla.firstResponse(ticket, comment.createdAt);
        }
        comments.persist(comment);
        TicketHistory answered = null;
        if (access.isRequester(ticket)
                && visibility == CommentVisibility.PUBLIC
                && ticket.status == TicketStatus.WAITING_ON_REQUESTER) {
            answered = workflow.moveTo(ticket, TicketStatus.IN_PROGRESS, "The requester answered.");
        }
        ticket.touch(comment.createdAt);
        journal.record(
                "ticket.commented",
                ticket,
                Map.of(
                        "comment_id",
                        comment.id.toString(),
                        "visibility",
                        visibility.toString(),
                        "first_response",
                        comment.firstResponse),
                answered);
        return comment;
    }

    public List<TicketComment> page(UUID ticketId, OffsetDateTime afterAt, UUID afterId, int fetch) {
        Ticket ticket = tickets.visible(ticketId);
        return comments.page(ticketId, access.works(ticket) || access.seesEverything(), afterAt, afterId, fetch);
    }
}
