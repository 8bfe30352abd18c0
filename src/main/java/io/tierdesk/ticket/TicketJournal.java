package io.tierdesk.ticket;

import io.tierdesk.api.model.TicketHistoryKind;
import io.tierdesk.audit.AuditLog;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;

/** Records what happened to a ticket twice over: in its own history, and in the audit trail. */
@ApplicationScoped
class TicketJournal {

    private final TicketHistoryRepository history;
    private final AuditLog audit;
    private final Caller caller;
    private final Clock clock;

    TicketJournal(TicketHistoryRepository history, AuditLog audit, Caller caller, Clock clock) {
        this.history = history;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    OffsetDateTime now() {
        return Timestamps.now(clock);
    }

    /** A history entry prefilled with the ticket, the time and the actor; the caller fills in the rest. */
    TicketHistory entry(Ticket ticket, TicketHistoryKind kind, String reason) {
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
        audit.record(action, "ticket", ticket.id, before, TicketMapper.toApi(ticket));
    }
}
