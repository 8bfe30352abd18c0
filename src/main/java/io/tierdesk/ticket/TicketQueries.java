package io.tierdesk.ticket;

import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Ticket lists: the caller's visibility applied to every page, keyset cursors bound to the filter and sort. */
@ApplicationScoped
class TicketQueries {

    private static final String NONE = "-";

    private final TicketRepository tickets;
    private final TicketHistoryRepository history;
    private final TicketComments comments;
    private final TicketService service;
    private final TicketAccess access;
    private final Pager pager;

    TicketQueries(
            TicketRepository tickets,
            TicketHistoryRepository history,
            TicketComments comments,
            TicketService service,
            TicketAccess access,
            Pager pager) {
        this.tickets = tickets;
        this.history = history;
        this.comments = comments;
        this.service = service;
        this.access = access;
        this.pager = pager;
    }

    Page<Ticket> page(TicketRepository.Filter filter, boolean byDue, Integer limit, String cursor) {
        return pager.page(
                "tickets:" + (byDue ? "due:" : "created:") + filter,
                limit,
                cursor,
                2,
                (after, fetch) -> {
                    TicketRepository.Position position = after.first()
                            ? null
                            : new TicketRepository.Position(
                                    NONE.equals(after.text(0)) ? null : after.time(0), after.id(1));
                    return byDue
                            ? tickets.pageByDue(filter, access, position, fetch)
                            : tickets.pageByCreation(filter, access, position, fetch);
                },
                ticket -> {
                    OffsetDateTime at = byDue ? ticket.dueAt : ticket.createdAt;
                    return List.of(at == null ? NONE : at.toString(), ticket.id.toString());
                });
    }

    Page<TicketHistory> history(UUID ticketId, Integer limit, String cursor) {
        service.visible(ticketId);
        return pager.page(
                "ticket-history:" + ticketId,
                limit,
                cursor,
                1,
                (after, fetch) -> history.page(ticketId, after.number(0), fetch),
                entry -> List.of(entry.id.toString()));
    }

    Page<TicketComment> comments(UUID ticketId, Integer limit, String cursor) {
        return pager.page(
                "ticket-comments:" + ticketId,
                limit,
                cursor,
                2,
                (after, fetch) -> comments.page(ticketId, after.time(0), after.id(1), fetch),
                comment -> List.of(comment.createdAt.toString(), comment.id.toString()));
    }
}
