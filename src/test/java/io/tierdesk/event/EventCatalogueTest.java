package io.tierdesk.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tierdesk.api.model.EventTypeDto;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
    void aTypedClientNarrowsEveryEventOnItsType() throws IOException {
        JsonNode schemas = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("openapi/openapi.yaml").toFile())
                .path("components")
                .path("schemas");
        JsonNode mapping = schemas.path("Event").path("discriminator").path("mapping");
        assertThat(schemas.path("Event")
                        .path("discriminator")
                        .path("propertyName")
                        .asText())
                .isEqualTo("type");
        List<String> mapped = new ArrayList<>();
        mapping.fieldNames().forEachRemaining(mapped::add);
        assertThat(mapped)
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(EventType.values())
                        .map(EventType::eventName)
                        .toList());
        for (EventType type : EventType.values()) {
            String envelope = mapping.path(type.eventName()).asText().replace("#/components/schemas/", "");
            JsonNode properties = schemas.path(envelope).path("properties");
            List<String> names = new ArrayList<>();
            properties.path("type").path("enum").forEach(name -> names.add(name.asText()));
            assertThat(names)
                    .as("the names %s carries", envelope)
                    .contains(type.eventName())
                    .allSatisfy(name -> assertThat(mapping.path(name).asText()).endsWith("/" + envelope));
            assertThat(properties.path("data").path("$ref").asText())
                    .as("the data of %s", type.eventName())
                    .isEqualTo("#/components/schemas/" + type.dataSchema());
        }
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
