package io.tierdesk.ticket;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.tierdesk.event.EventType;
import io.tierdesk.event.EventWritten;
import io.tierdesk.event.Outbox;
import io.tierdesk.event.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

/**
 * Makes the events about a ticket describe what committed. A transaction may change a ticket after writing its event
 * (an SLA refresh after an escalation flushes a second version) or change it with no ticket event at all (a comment,
 * a breach found by the scan): a connector that mirrors the ticket would hold a version that never committed, or
 * miss one, and its next {@code If-Match} would fail. Just before commit, once Hibernate has flushed, every ticket
 * written in the transaction has its committed form put into that transaction's events that carry the ticket, or,
 * when there were none, into a {@code ticket.updated} event.
 */
@PersistenceUnitExtension
@ApplicationScoped
class CommittedTicketEvents implements Interceptor {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};
    private static final String TICKET_FORM = EventType.TICKET_UPDATED.dataSchema();

    /** What one transaction wrote: the tickets, and the events that carry a ticket's form, by ticket. */
    private static final class Written {
        final Map<UUID, Ticket> tickets = new LinkedHashMap<>();
        final Map<UUID, List<OutboxEvent>> events = new LinkedHashMap<>();
    }

    private final TransactionSynchronizationRegistry transactions;
    private final Outbox outbox;
    private final EntityManager em;
    private final ObjectMapper mapper;

    CommittedTicketEvents(
            TransactionSynchronizationRegistry transactions, Outbox outbox, EntityManager em, ObjectMapper mapper) {
        this.transactions = transactions;
        this.outbox = outbox;
        this.em = em;
        this.mapper = mapper;
    }

    @Override
    public boolean onPersist(Object entity, Object id, Object[] state, String[] propertyNames, Type[] types) {
        if (entity instanceof Ticket ticket) {
            written().tickets.put(ticket.id, ticket);
        }
        return false;
    }

    void onEventWritten(@Observes EventWritten announced) {
        OutboxEvent event = announced.event();
        if (carriesTicket(event)) {
            written()
                    .events
                    .computeIfAbsent(event.resourceId, ticket -> new ArrayList<>())
                    .add(event);
        }
    }

    @Override
    public boolean onFlushDirty(
            Object entity,
            Object id,
            Object[] currentState,
            Object[] previousState,
            String[] propertyNames,
            Type[] types) {
        if (entity instanceof Ticket ticket) {
            written().tickets.put(ticket.id, ticket);
        }
        return false;
    }

    @Override
    public void beforeTransactionCompletion(Transaction tx) {
        if (transactions.getResource(Written.class) instanceof Written written) {
            transactions.putResource(Written.class, null);
            settle(written);
        }
    }

    private void settle(Written written) {
        boolean wrote = false;
        for (Ticket ticket : written.tickets.values()) {
            List<OutboxEvent> events = written.events.getOrDefault(ticket.id, List.of());
            List<OutboxEvent> stale = events.stream()
                    .filter(event -> !Long.valueOf(ticket.version).equals(versionOf(event)))
                    .toList();
            if (events.isEmpty()) {
                outbox.publish(EventType.TICKET_UPDATED, ticket.id, ticket.tierId, ticket.teamId, form(ticket));
                wrote = true;
            } else if (!stale.isEmpty()) {
                String committed = json(form(ticket));
                for (OutboxEvent event : stale) {
                    // The payload is not updatable through the entity (see OutboxEvent); it is replaced before commit.
                    em.createNativeQuery("UPDATE outbox_events SET data = CAST(?1 AS jsonb) WHERE id = ?2")
                            .setParameter(1, committed)
                            .setParameter(2, event.id)
                            .executeUpdate();
                }
            }
        }
        if (wrote) {
            em.flush();
        }
    }

    private Written written() {
        if (transactions.getResource(Written.class) instanceof Written written) {
            return written;
        }
        Written written = new Written();
        transactions.putResource(Written.class, written);
        return written;
    }

    private static boolean carriesTicket(OutboxEvent event) {
        return event.data != null
                && EventType.named(event.type)
                        .map(type -> type.dataSchema().equals(TICKET_FORM))
                        .orElse(false);
    }

    private static Long versionOf(OutboxEvent event) {
        return event.data.get("version") instanceof Number number ? number.longValue() : null;
    }

    private Map<String, Object> form(Ticket ticket) {
        return mapper.convertValue(TicketMapper.toApi(ticket), MAP);
    }

    private String json(Map<String, Object> form) {
        try {
            return mapper.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A ticket's API form did not serialise", e);
        }
    }
}
