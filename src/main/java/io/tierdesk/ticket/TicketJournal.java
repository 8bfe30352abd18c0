package io.tierdesk.ticket;

import io.tierdesk.api.model.TicketHistoryKindDto;
import io.tierdesk.api.model.TicketStatusDto;
import io.tierdesk.audit.AuditLog;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Timestamps;
import io.tierdesk.event.EventType;
import io.tierdesk.event.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Records what happened to a ticket: in its own history, in the audit trail, and as an event for webhooks. */
@ApplicationScoped
class TicketJournal {

    private final TicketHistoryRepository history;
    private final AuditLog audit;
    private final Caller caller;
    private final Outbox outbox;
    private final Clock clock;

    TicketJournal(TicketHistoryRepository history, AuditLog audit, Outbox outbox, Caller caller, Clock clock) {
        this.history = history;
        this.audit = audit;
        this.outbox = outbox;
        this.caller = caller;
        this.clock = clock;
    }

    OffsetDateTime now() {
        return Timestamps.now(clock);
    }

    /** A history entry prefilled with the ticket, the time and the actor; the caller fills in the rest. */
    TicketHistory entry(Ticket ticket, TicketHistoryKindDto kind, String reason) {
        TicketHistory entry = new TicketHistory();
        entry.ticketId = ticket.id;
        entry.at = now();
        entry.actor = caller.subject();
        entry.kind = kind;
        entry.reason = reason;
        return entry;
    }

    void keep(TicketHistory entry) {
        history.persist(entry);
    }

    /** Flushes first, so the audit record and the response carry the ticket's new version. */
    void audit(String action, Ticket ticket, Object before) {
        history.flush();
        var after = TicketMapper.toApi(ticket);
        audit.record(action, "ticket", ticket.id, before, after);
        outbox.publish(eventOf(action, ticket), ticket.id, ticket.tierId, ticket.teamId, after);
    }

    private static EventType eventOf(String action, Ticket ticket) {
        return switch (action) {
            case "ticket.created" -> EventType.TICKET_CREATED;
            case "ticket.escalated" -> EventType.TICKET_ESCALATED;
            case "ticket.rerouted" -> EventType.TICKET_ROUTED;
            case "ticket.status_changed" -> ticket.status == TicketStatusDto.RESOLVED ? EventType.TICKET_RESOLVED
                    : ticket.status == TicketStatusDto.CLOSED ? EventType.TICKET_CLOSED : EventType.TICKET_UPDATED;
            default -> EventType.TICKET_UPDATED;
        };
    }
}
