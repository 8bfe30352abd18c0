package io.tierdesk.ticket;

import io.tierdesk.common.Caller;
import io.tierdesk.common.Cursors;
import io.tierdesk.common.Page;
import io.tierdesk.common.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
    private final Cursors cursors;
    private final Caller caller;

    TicketQueries(TicketRepository tickets, TicketHistoryRepository history, TicketComments comments,
            TicketService service, TicketAccess access, Cursors cursors, Caller caller) {
        this.tickets = tickets;
        this.history = history;
        this.comments = comments;
        this.service = service;
        this.access = access;
        this.cursors = cursors;
        this.caller = caller;
    }

    Page<Ticket> page(TicketRepository.Filter filter, boolean byDue, PageRequest request) {
        String scope = "tickets:" + (byDue ? "due:" : "created:") + filter;
        TicketRepository.Position after = null;
        if (!request.first()) {
            List<String> key = cursors.decode(scope, caller.subject(), request.cursor(), 2);
            after = new TicketRepository.Position(NONE.equals(key.get(0)) ? null : OffsetDateTime.parse(key.get(0)),
                    UUID.fromString(key.get(1)));
        }
        int fetch = request.limit() + 1;
        List<Ticket> rows = byDue ? tickets.pageByDue(filter, access, after, fetch)
                : tickets.pageByCreation(filter, access, after, fetch);
        return Page.of(rows, request.limit(), last -> {
            OffsetDateTime at = byDue ? last.dueAt : last.createdAt;
            List<String> key = new ArrayList<>();
            key.add(at == null ? NONE : at.toString());
            key.add(last.id.toString());
            return cursors.encode(scope, caller.subject(), key);
        });
    }

    Page<TicketHistory> history(UUID ticketId, PageRequest request) {
        service.visible(ticketId);
        String scope = "ticket-history:" + ticketId;
        Long afterId = request.first() ? null
                : Long.valueOf(cursors.decode(scope, caller.subject(), request.cursor(), 1).get(0));
        return Page.of(history.page(ticketId, afterId, request.limit() + 1), request.limit(),
                last -> cursors.encode(scope, caller.subject(), List.of(last.id.toString())));
    }

    Page<TicketComment> comments(UUID ticketId, PageRequest request) {
        String scope = "ticket-comments:" + ticketId;
        OffsetDateTime afterAt = null;
        UUID afterId = null;
        if (!request.first()) {
            List<String> key = cursors.decode(scope, caller.subject(), request.cursor(), 2);
            afterAt = OffsetDateTime.parse(key.get(0));
            afterId = UUID.fromString(key.get(1));
        }
        return Page.of(comments.page(ticketId, afterAt, afterId, request.limit() + 1), request.limit(),
                last -> cursors.encode(scope, caller.subject(), List.of(last.createdAt.toString(), last.id.toString())));
    }
}
