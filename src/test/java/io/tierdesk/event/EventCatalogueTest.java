package io.tierdesk.event;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierdesk.api.model.EventTypeDto;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The event catalogue in code and in the contract name the same events, and every payload schema exists. */
class EventCatalogueTest {

    @Test
    void theContractListsExactlyTheCataloguedEvents() {
        assertThat(Arrays.stream(EventTypeDto.values()).map(EventTypeDto::toString))
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values())
                        .map(EventType::eventName)
                        .toList());
    }

    @Test
    void everyPayloadSchemaIsInTheContract() throws ClassNotFoundException {
        for (EventType type : EventType.values()) {
            assertThat(Class.forName("io.tierdesk.api.model." + type.dataSchema() + "Dto"))
                    .isNotNull();
        }
    }

    @Test
    void theIssuesEventsAreCatalogued() {
        for (String name : new String[] {
            "solution.registered",
            "solution.tier_changed",
            "ticket.created",
            "ticket.updated",
            "ticket.routed",
            "ticket.escalated",
            "ticket.resolved",
            "ticket.closed",
            "sla.warning",
            "sla.breached",
            "oncall.paged",
            "shift.handoff_created"
        }) {
            assertThat(EventType.named(name)).as(name).isPresent();
        }
        for (String family : new String[] {"graduation.", "handoff.", "environment_request."}) {
            assertThat(Arrays.stream(EventType.values())
                            .filter(type -> type.eventName().startsWith(family)))
                    .as(family)
                    .isNotEmpty();
        }
    }
}
