package io.tierdesk.ticket;

import io.tierdesk.api.model.OnCallPagedDataDto;
import io.tierdesk.api.model.SupportLevelDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Timestamps;
import io.tierdesk.event.EventType;
import io.tierdesk.event.Outbox;
import io.tierdesk.oncall.OnCallDirectory;
import io.tierdesk.solution.Solution;
import io.tierdesk.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;

/**
 * A breach that escalates a Critical solution's ticket pages whoever is on call for the team now holding it: the
 * ticket records who was paged, and its history says so — or that nobody was on call to page.
 */
@ApplicationScoped
class BreachPaging {

    private final OnCallDirectory onCall;
    private final TicketJournal journal;
    private final Outbox outbox;

    BreachPaging(OnCallDirectory onCall, TicketJournal journal, Outbox outbox) {
        this.onCall = onCall;
        this.journal = journal;
        this.outbox = outbox;
    }

    /** Whether a breach escalation of this ticket pages anyone: its solution is Critical now. */
    static boolean pagesFor(Ticket ticket, Solution solution) {
        String tier = solution != null ? solution.tierId : ticket.tierId;
        return Tier.CRITICAL.equals(tier);
    }

    void page(Ticket ticket, Instant at) {
        Optional<OnCallDirectory.Responder> responder =
                ticket.teamId == null ? Optional.empty() : onCall.firstResponder(ticket.teamId, at);
        TicketHistory entry = journal.entry(
                ticket,
                TicketHistoryKind.PAGED,
                responder
                        .map(r -> "On call for the team at " + ticket.supportLevel
                                + (r.escalationPolicyId() != null
                                        ? " by escalation policy " + r.escalationPolicyId()
                                        : " by rotation " + r.rotationId())
                                + ".")
                        .orElse("Nobody was on call for the team at " + ticket.supportLevel + " to page."));
        entry.toLevel = ticket.supportLevel;
        entry.toTeamId = ticket.teamId;
        responder.ifPresent(r -> {
            entry.detail = r.subject();
            ticket.pagedSubject = r.subject();
            ticket.pagedAt = journal.now();
            outbox.publish(
                    EventType.ONCALL_PAGED,
                    ticket.id,
                    ticket.tierId,
                    ticket.teamId,
                    new OnCallPagedDataDto()
                            .ticketId(ticket.id)
                            .subject(r.subject())
                            .teamId(ticket.teamId)
                            .supportLevel(Enums.same(ticket.supportLevel, SupportLevelDto.class))
                            .rotationId(r.rotationId())
                            .escalationPolicyId(r.escalationPolicyId())
                            .pagedAt(Timestamps.utc(ticket.pagedAt)));
        });
        journal.keep(entry);
    }
}
