package io.tierdesk.shift;

import io.tierdesk.api.model.ShiftHandoffDto;
import io.tierdesk.api.model.ShiftHandoffSlaStateDto;
import io.tierdesk.api.model.ShiftHandoffSummaryDto;
import io.tierdesk.api.model.ShiftHandoffTicketDto;
import io.tierdesk.api.model.TicketPriorityDto;
import io.tierdesk.api.model.TicketStatusDto;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

final class ShiftHandoffMapper {

    private ShiftHandoffMapper() {}

    static ShiftHandoffSummaryDto summary(ShiftHandoff handoff) {
        return new ShiftHandoffSummaryDto()
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

    static ShiftHandoffDto detail(ShiftHandoff handoff, List<ShiftHandoffTicket> tickets) {
        return new ShiftHandoffDto()
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

    private static ShiftHandoffTicketDto ticket(ShiftHandoffTicket ticket) {
        return new ShiftHandoffTicketDto()
                .ticketId(ticket.key.ticketId())
                .title(ticket.title)
                .priority(TicketPriorityDto.fromValue(ticket.priority))
                .status(TicketStatusDto.fromValue(ticket.status))
                .slaState(ShiftHandoffSlaStateDto.fromValue(ticket.slaState))
                .dueAt(utc(ticket.dueAt))
                .atRisk(ticket.atRisk);
    }

    private static OffsetDateTime utc(OffsetDateTime value) {
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
