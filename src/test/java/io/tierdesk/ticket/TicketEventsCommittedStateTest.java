package io.tierdesk.ticket;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Scenario.registerSolution;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.event.Outbox;
import io.tierdesk.event.OutboxEvent;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.SlaFixtures;
import io.tierdesk.support.TestClock;
import io.tierdesk.support.Tokens;
import jakarta.inject.Inject;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A connector mirrors a ticket from its events and writes back with {@code If-Match}: so each event about a ticket
 * describes a state that committed, and every committed state of the ticket reaches it in some event. The ticket is
 * read after each step; each event that carries the ticket must equal the ticket as read at that version.
 */
@QuarkusTest
class TicketEventsCommittedStateTest {

    private static final String AGENT = "mirror-agent";
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    @Inject
    TestClock clock;

    @Inject
    SlaScanner scanner;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper mapper;

    private String escalatingPolicy;
    private final Map<Integer, Map<String, Object>> readAtVersion = new TreeMap<>();

    @BeforeEach
    void escalateOnBreach() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", Fixtures.uniqueName("mirror"));
        body.put("tier_ids", List.of("important"));
        body.put("priorities", List.of("P2"));
        body.put("calendar_id", SlaFixtures.TWENTY_FOUR_SEVEN);
        body.put("targets", List.of(SlaFixtures.target("P2", 20, 90)));
        body.put("escalate_on_breach", true);
        body.put("rank", 30_000 + SlaFixtures.nextRank());
        body.put("enabled", true);
        escalatingPolicy = SlaFixtures.createPolicy(body);
    }

    @AfterEach
    void restore() {
        SlaFixtures.disablePolicy(escalatingPolicy);
        clock.reset();
    }

    @Test
    void everyEventAboutATicketCarriesAStateThatCommittedAndEveryCommittedStateReachesAnEvent() {
        Instant start = Instant.parse("2034-02-14T07:40:00Z");
        clock.set(start);
        String team = Fixtures.createTeam("BUSINESS_UNIT");
        String maker = Tokens.uniqueSubject("maker");
        String solution = registerSolution("important", maker, team);
        String ticket = jsonAs(Tokens.uniqueSubject("connector"), "integration")
                .body(Map.of(
                        "solution_id",
                        solution,
                        "category",
                        "BUG",
                        "title",
                        "Orders stuck",
                        "priority",
                        "P2",
                        "external_refs",
                        List.of(Map.of("system", "jira", "external_id", "OPS-" + UUID.randomUUID()))))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        read(ticket);
        String answered = jsonAs(AGENT, "helpdesk")
                .body(Map.of("to_level", "MAKER", "reason", "The maker knows this app."))
                .when()
                .post(TICKETS + "/" + ticket + "/reroute")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(answered).as("the answer's ETag is the committed version").isEqualTo(read(ticket));

        scanAt(start.plus(Duration.ofMinutes(16)));
        read(ticket);
        scanAt(start.plus(Duration.ofMinutes(21)));
        read(ticket);

        jsonAs(AGENT, "helpdesk")
                .body(Map.of("body", "Looking at it."))
                .when()
                .post(TICKETS + "/" + ticket + "/comments")
                .then()
                .statusCode(201);
        read(ticket);
        answered = jsonAs(AGENT, "helpdesk")
                .body(Map.of("to_status", "TRIAGED", "reason", "Reproduced."))
                .when()
                .post(TICKETS + "/" + ticket + "/transitions")
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(answered).as("the answer's ETag is the committed version").isEqualTo(read(ticket));

        scanAt(start.plus(Duration.ofMinutes(95)));
        read(ticket);

        answered = jsonAs(AGENT, "helpdesk")
                .body(Map.of("priority", "P3"))
                .when()
                .patch(TICKETS + "/" + ticket)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        assertThat(answered).as("the answer's ETag is the committed version").isEqualTo(read(ticket));

        List<OutboxEvent> ticketForms = outbox.list("resourceId = ?1 order by seq", UUID.fromString(ticket)).stream()
                .filter(event -> event.resourceType.equals("ticket") && event.data.containsKey("version"))
                .toList();
        assertThat(ticketForms).isNotEmpty();
        for (OutboxEvent event : ticketForms) {
            int version = ((Number) event.data.get("version")).intValue();
            assertThat(readAtVersion)
                    .as("%s carries version %d, which no read of the ticket ever showed", event.type, version)
                    .containsKey(version);
            assertThat(normalised(event.data))
                    .as("%s at version %d", event.type, version)
                    .isEqualTo(readAtVersion.get(version));
        }
        assertThat(ticketForms.stream()
                        .map(event -> ((Number) event.data.get("version")).intValue())
                        .toList())
                .as("every version the ticket was read at reached a connector in an event")
                .containsAll(readAtVersion.keySet());
    }

    private void scanAt(Instant at) {
        clock.set(at);
        while (scanner.scanBatch() > 0) {
            // until every due clock is checked
        }
    }

    /** Reads the ticket, keeps its form by version, and returns its ETag. */
    private String read(String ticket) {
        var response = as(AGENT, "helpdesk")
                .when()
                .get(TICKETS + "/" + ticket)
                .then()
                .statusCode(200)
                .extract();
        try {
            Map<String, Object> form = mapper.readValue(response.asString(), MAP);
            readAtVersion.put(((Number) form.get("version")).intValue(), form);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return response.header("ETag");
    }

    private Map<String, Object> normalised(Map<String, Object> data) {
        return mapper.convertValue(data, MAP);
    }
}
