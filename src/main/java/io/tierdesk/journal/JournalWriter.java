package io.tierdesk.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierdesk.audit.AuditEntry;
import io.tierdesk.event.Outbox;
import io.tierdesk.event.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Map;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * Writes an action's audit entry and, when it has one, its outbox event, in one statement. Neither table refers to
 * another, so the statement does not flush the change itself, which may go out later in the transaction; only
 * events published earlier in the transaction and not written yet are flushed first, so that the outbox keeps the
 * order in which a transaction's events happened.
 */
@ApplicationScoped
class JournalWriter {

    private static final String AUDIT = """
            INSERT INTO audit_events (occurred_at, actor, action, resource_type, resource_id, request_id,
                client_request_id, before, after)
            VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb))""";

    private static final String EVENT = """
            INSERT INTO outbox_events (id, type, resource_type, resource_id, tier_id, team_id, occurred_at, data)
            VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""";

    private static final String AUDIT_AND_EVENT = "WITH audit AS (" + AUDIT + ")\n" + EVENT;

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Outbox outbox;

    JournalWriter(EntityManager em, ObjectMapper mapper, Outbox outbox) {
        this.em = em;
        this.mapper = mapper;
        this.outbox = outbox;
    }

    /**
     * Writes the entry, and the event and the action's own row unless they are null; the event is then announced
     * as the outbox does. The row's table may refer to the action's resource, which is then in the database: the
     * caller flushed it.
     */
    void write(AuditEntry entry, OutboxEvent event, JournalRow row) {
        NativeQuery<?> insert = em.unwrap(Session.class).createNativeQuery(statement(event != null, row), Object.class);
        if (event == null) {
            insert.setHibernateFlushMode(FlushMode.MANUAL);
        } else {
            insert.setHibernateFlushMode(FlushMode.AUTO);
            insert.addSynchronizedQuerySpace("outbox_events");
        }
        int position = row == null ? 1 : row.bind(insert, 1);
        insert.setParameter(position++, entry.occurredAt(), StandardBasicTypes.OFFSET_DATE_TIME);
        insert.setParameter(position++, entry.actor(), StandardBasicTypes.STRING);
        insert.setParameter(position++, entry.action(), StandardBasicTypes.STRING);
        insert.setParameter(position++, entry.resourceType(), StandardBasicTypes.STRING);
        insert.setParameter(position++, entry.resourceId(), StandardBasicTypes.STRING);
        insert.setParameter(position++, entry.requestId(), StandardBasicTypes.STRING);
        insert.setParameter(position++, entry.clientRequestId(), StandardBasicTypes.STRING);
        insert.setParameter(position++, json(entry.before()), StandardBasicTypes.STRING);
        insert.setParameter(position++, json(entry.after()), StandardBasicTypes.STRING);
        if (event != null) {
            insert.setParameter(position++, event.id, StandardBasicTypes.UUID);
            insert.setParameter(position++, event.type, StandardBasicTypes.STRING);
            insert.setParameter(position++, event.resourceType, StandardBasicTypes.STRING);
            insert.setParameter(position++, event.resourceId, StandardBasicTypes.UUID);
            insert.setParameter(position++, event.tierId, StandardBasicTypes.STRING);
            insert.setParameter(position++, event.teamId, StandardBasicTypes.UUID);
            insert.setParameter(position++, event.occurredAt, StandardBasicTypes.OFFSET_DATE_TIME);
            insert.setParameter(position, json(event.data), StandardBasicTypes.STRING);
        }
        insert.executeUpdate();
        if (event != null) {
            outbox.announce(event);
        }
    }

    private static String statement(boolean withEvent, JournalRow row) {
        if (row == null) {
            return withEvent ? AUDIT_AND_EVENT : AUDIT;
        }
        String own = "WITH own_row AS (" + row.insertSql() + ")";
        return withEvent ? own + ", audit AS (" + AUDIT + ")\n" + EVENT : own + "\n" + AUDIT;
    }

    private String json(Map<String, Object> form) {
        if (form == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("An API form that came from JSON no longer writes as JSON", e);
        }
    }
}
