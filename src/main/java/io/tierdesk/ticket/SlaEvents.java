package io.tierdesk.ticket;

import io.tierdesk.api.model.SlaEventDataDto;
import io.tierdesk.api.model.SlaMetricDto;
import io.tierdesk.api.model.TicketPriorityDto;
import io.tierdesk.common.Enums;
import io.tierdesk.event.EventType;
import io.tierdesk.event.Outbox;
import io.tierdesk.sla.clock.SlaClock;
import io.tierdesk.sla.clock.SlaTransition;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.ZoneOffset;

/**
 * Publishes the warnings and breaches a clock operation recorded, each stamped with the instant it was reached:
 * whichever operation records one (the scan, or a pause, stop or target change that finds it first), it is
 * recorded once with the clock and so published once.
 */
@ApplicationScoped
class SlaEvents {

    private final Outbox outbox;

    SlaEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(Ticket ticket, SlaClock changed) {
        for (SlaTransition transition : changed.newTransitions()) {
            EventType type = switch (transition.type()) {
                case WARNED -> EventType.SLA_WARNING;
                case BREACHED -> EventType.SLA_BREACHED;
                default -> null;
            };
            if (type != null) {
                SlaEventDataDto data = new SlaEventDataDto()
                        .ticketId(ticket.id)
                        .externalRefs(ticket.externalRefs.stream()
                                .map(TicketMapper::toApi)
                                .toList())
                        .metric(SlaMetricDto.fromValue(changed.metric().name()))
                        .warningPercent(transition.warningPercent())
                        .at(transition.at().atOffset(ZoneOffset.UTC))
                        .dueAt(
                                transition.dueAt() == null
                                        ? null
                                        : transition.dueAt().atOffset(ZoneOffset.UTC))
                        .cycle(transition.cycle())
                        .priority(Enums.same(ticket.priority, TicketPriorityDto.class))
                        .tierId(ticket.tierId)
                        .teamId(ticket.teamId);
                outbox.publish(type, ticket.id, ticket.tierId, ticket.teamId, data);
            }
        }
    }
}
