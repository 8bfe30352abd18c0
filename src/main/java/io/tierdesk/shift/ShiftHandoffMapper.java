package io.tierdesk.shift;

import io.tierdesk.api.model.ShiftHandoffSlaState;
import io.tierdesk.api.model.ShiftHandoffSummary;
import io.tierdesk.api.model.TicketPriority;
import io.tierdesk.api.model.TicketStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

final class ShiftHandoffMapper {

    private ShiftHandoffMapper() {
    }

    static ShiftHandoffSummary summary(ShiftHandoff handoff) {
        return new ShiftHandoffSummary()
                .id(handoff.id)
                .rotationId(handoff.rotationId)
                .teamId(handoff.teamId)
                .boundaryAt(utc(handoff.boundaryAt))
                .outgoingMember(handoff.outgoingMember)
                .incomingMember(handoff.incomingMember)
                .notes(handoff.notes)
                .notesAt(utc(handoff.notesAt))
                .acknowledgedBy(handoff.acknowledgedBy)
                .acknowledgedAt(utc(handoff.acknowledgedAt))
                .openTickets(handoff.openTickets)
                .atRiskTickets(handoff.atRiskTickets)
                .createdAt(utc(handoff.createdAt));
    }

    static io.tierdesk.api.model.ShiftHandoff detail(ShiftHandoff handoff, List<ShiftHandoffTicket> tickets) {
        return new io.tierdesk.api.model.ShiftHandoff()
                .id(handoff.id)
                .rotationId(handoff.rotationId)
                .teamId(handoff.teamId)
                .boundaryAt(utc(handoff.boundaryAt))
                .outgoingMember(handoff.outgoingMember)
                .incomingMember(handoff.incomingMember)
                .notes(handoff.notes)
                .notesAt(utc(handoff.notesAt))
                .acknowledgedBy(handoff.acknowledgedBy)
                .acknowledgedAt(utc(handoff.acknowledgedAt))
                .openTickets(handoff.openTickets)
                .atRiskTickets(handoff.atRiskTickets)
                .createdAt(utc(handoff.createdAt))
                .tickets(tickets.stream().map(ShiftHandoffMapper::ticket).toList());
    }

    private static io.tierdesk.api.model.ShiftHandoffTicket ticket(ShiftHandoffTicket ticket) {
        return new io.tierdesk.api.model.ShiftHandoffTicket()
                .ticketId(ticket.key.ticketId())
                .title(ticket.title)
                .priority(TicketPriority.fromValue(ticket.priority))
                .status(TicketStatus.fromValue(ticket.status))
                .slaState(ShiftHandoffSlaState.fromValue(ticket.slaState))
                .dueAt(utc(ticket.dueAt))
                .atRisk(ticket.atRisk);
    }

    private static OffsetDateTime utc(OffsetDateTime value) {
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
