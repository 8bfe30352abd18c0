package io.tierdesk.ticket;

import io.tierdesk.api.model.ExternalRefDto;
import io.tierdesk.api.model.OnCallPagedDataDto;
import io.tierdesk.api.model.SupportLevelDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.Timestamps;
import io.tierdesk.event.EventType;
import io.tierdesk.event.Outbox;
import io.tierdesk.tier.SupportLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * What pages need of their tickets: the ticket's facts, who sees it, and the ticket's own record of every page
 * step — its history, and for each notification who was paged last and the {@code oncall.paged} event.
 */
@ApplicationScoped
public class TicketPaging {

    /** A ticket as a page describes it. */
    public record Facts(
            UUID id,
            String title,
            String tierId,
            UUID teamId,
            SupportLevel supportLevel,
            boolean open,
            List<ExternalRefDto> externalRefs) {}

    /** Someone (or nobody) notified for a page: where the answer came from, as the on-call directory gave it. */
    public record Notified(String subject, UUID rotationId, UUID escalationPolicyId) {}

    private final TicketRepository tickets;
    private final TicketService service;
    private final TicketJournal journal;
    private final Outbox outbox;

    TicketPaging(TicketRepository tickets, TicketService service, TicketJournal journal, Outbox outbox) {
        this.tickets = tickets;
        this.service = service;
        this.journal = journal;
        this.outbox = outbox;
    }

    /** The ticket if the caller sees it; 404 otherwise. */
    public Facts visible(UUID ticketId) {
        return facts(service.visible(ticketId));
    }

    /** Whether the caller sees the ticket. */
    public boolean sees(UUID ticketId) {
        try {
            service.visible(ticketId);
            return true;
        } catch (NotFound hidden) {
            return false;
        }
    }

    /** The ticket regardless of the caller, for background work. */
    public Facts of(UUID ticketId) {
        Ticket ticket = tickets.findById(ticketId);
        if (ticket == null) {
            throw new NotFound("ticket", ticketId);
        }
        return facts(ticket);
    }

    /**
     * Records a notification in the ticket's history ({@code PAGED}); when someone was on call, the ticket notes who
     * was paged last and the {@code oncall.paged} event (superseded by {@code page.*}) is published.
     */
    public void notified(UUID ticketId, Notified notified, String reason) {
        Ticket ticket = tickets.findById(ticketId);
        TicketHistory entry = journal.entry(ticket, TicketHistoryKind.PAGED, reason);
        entry.toLevel = ticket.supportLevel;
        entry.toTeamId = ticket.teamId;
        entry.detail = notified.subject();
        journal.keep(entry);
        if (notified.subject() == null) {
            return;
        }
        ticket.pagedSubject = notified.subject();
        ticket.pagedAt = journal.now();
        outbox.publish(
                EventType.ONCALL_PAGED,
                ticket.id,
                ticket.tierId,
                ticket.teamId,
                new OnCallPagedDataDto()
                        .ticketId(ticket.id)
                        .subject(notified.subject())
                        .teamId(ticket.teamId)
                        .supportLevel(Enums.same(ticket.supportLevel, SupportLevelDto.class))
                        .rotationId(notified.rotationId())
                        .escalationPolicyId(notified.escalationPolicyId())
                        .pagedAt(Timestamps.utc(ticket.pagedAt)));
    }

    /** Records another step of a page (acknowledged, handed back, resolved, unanswered) in the ticket's history. */
    public void pageStep(UUID ticketId, TicketHistoryKind kind, String reason, String detail) {
        Ticket ticket = tickets.findById(ticketId);
        TicketHistory entry = journal.entry(ticket, kind, reason);
        entry.detail = detail;
        journal.keep(entry);
    }

    private static Facts facts(Ticket ticket) {
        return new Facts(
                ticket.id,
                ticket.title,
                ticket.tierId,
                ticket.teamId,
                ticket.supportLevel,
                ticket.isOpen(),
                ticket.externalRefs.stream().map(TicketMapper::toApi).toList());
    }
}
