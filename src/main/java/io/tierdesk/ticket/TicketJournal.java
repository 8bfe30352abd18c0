package io.tierdesk.ticket;

import io.tierdesk.common.Caller;
import io.tierdesk.journal.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;

/** Records what happened to a ticket: in its own history, in the audit trail, and as an event for webhooks. */
@ApplicationScoped
class TicketJournal {

    private final TicketHistoryRepository history;
    private final Journal journal;
    private final Caller caller;

    TicketJournal(TicketHistoryRepository history, Journal journal, Caller caller) {
        this.history = history;
        this.journal = journal;
        this.caller = caller;
    }

    OffsetDateTime now() {
        return journal.now();
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

    /** Writes an entry now; an entry that goes with the action's record is handed to that record instead. */
    void keep(TicketHistory entry) {
        history.persist(entry);
    }

    /**
     * Records a new ticket, and writes its first history entry (not kept) with that record; the journal flushes
     * first, so the record and the response carry its version.
     */
    void created(Ticket ticket, TicketHistory entry) {
        journal.created("ticket.created", subject(ticket), ticket, TicketMapper::toApi, new TicketHistoryRow(entry));
    }

    /**
     * Records the change of a ticket from its API form before it, at the time the ticket was stamped with: the
     * workflow stamps a ticket itself, before its SLA clocks follow the change at that same instant.
     */
    void changed(String action, Ticket ticket, Object before) {
        changed(action, ticket, before, null);
    }

    /** As {@link #changed(String, Ticket, Object)}, writing the change's history entry (not kept, or null) with it. */
    void changed(String action, Ticket ticket, Object before, TicketHistory entry) {
        journal.changed(ticket.updatedAt, action, subject(ticket), ticket, before, TicketMapper::toApi, row(entry));
    }

    /**
     * Records something that happened to the ticket, described by the given form rather than the ticket's, with a
     * history entry (not kept, or null).
     */
    void record(String action, Ticket ticket, Object what, TicketHistory entry) {
        journal.recordWithRow(action, subject(ticket), null, what, row(entry));
    }

    private static TicketHistoryRow row(TicketHistory entry) {
        return entry == null ? null : new TicketHistoryRow(entry);
    }

    private static Journal.Subject subject(Ticket ticket) {
        return new Journal.Subject("ticket", ticket.id, ticket.tierId, ticket.teamId);
    }
}
