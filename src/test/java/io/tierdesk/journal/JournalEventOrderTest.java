package io.tierdesk.journal;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.event.EventType;
import io.tierdesk.event.Outbox;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class JournalEventOrderTest {

    @Inject
    Journal journal;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Test
    void aTransactionsEventsKeepTheirOrderWhenTheJournalWritesItsEntryInItsOwnStatement() {
        UUID handoff = UUID.randomUUID();

        QuarkusTransaction.requiringNew().run(() -> {
            outbox.publish(EventType.HANDOFF_PROPOSED, handoff, null, null, Map.of("id", handoff.toString()));
            journal.record(
                    "handoff.accepted",
                    Journal.Subject.of("handoff", handoff),
                    Map.of("status", "PROPOSED"),
                    Map.of("status", "ACCEPTED"));
        });

        assertThat(column("SELECT type FROM outbox_events WHERE resource_id = ?1 ORDER BY seq", handoff))
                .containsExactly("handoff.proposed", "handoff.accepted");
        assertThat(column(
                        "SELECT action || ' ' || actor || ' ' || after::text FROM audit_events WHERE resource_id = ?1",
                        handoff.toString()))
                .containsExactly("handoff.accepted system {\"status\": \"ACCEPTED\"}");
    }

    @SuppressWarnings("unchecked")
    private List<String> column(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery(sql).setParameter(1, parameter).getResultList());
    }
}
