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

    private static final String AUDIT_AND_EVENT = "WITH audit AS (" + AUDIT + ")\n" + """
            INSERT INTO outbox_events (id, type, resource_type, resource_id, tier_id, team_id, occurred_at, data)
            VALUES (?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb))""";

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Outbox outbox;

    JournalWriter(EntityManager em, ObjectMapper mapper, Outbox outbox) {
        this.em = em;
        this.mapper = mapper;
        this.outbox = outbox;
    }

    /** Writes the entry, and the event unless it is null; the event is then announced as the outbox does. */
    void write(AuditEntry entry, OutboxEvent event) {
        NativeQuery<?> insert =
                em.unwrap(Session.class).createNativeQuery(event == null ? AUDIT : AUDIT_AND_EVENT, Object.class);
        if (event == null) {
            insert.setHibernateFlushMode(FlushMode.MANUAL);
        } else {
            insert.setHibernateFlushMode(FlushMode.AUTO);
            insert.addSynchronizedQuerySpace("outbox_events");
        }
        insert.setParameter(1, entry.occurredAt(), StandardBasicTypes.OFFSET_DATE_TIME);
        insert.setParameter(2, entry.actor(), StandardBasicTypes.STRING);
        insert.setParameter(3, entry.action(), StandardBasicTypes.STRING);
        insert.setParameter(4, entry.resourceType(), StandardBasicTypes.STRING);
        insert.setParameter(5, entry.resourceId(), StandardBasicTypes.STRING);
        insert.setParameter(6, entry.requestId(), StandardBasicTypes.STRING);
        insert.setParameter(7, entry.clientRequestId(), StandardBasicTypes.STRING);
        insert.setParameter(8, json(entry.before()), StandardBasicTypes.STRING);
        insert.setParameter(9, json(entry.after()), StandardBasicTypes.STRING);
        if (event != null) {
            insert.setParameter(10, event.id, StandardBasicTypes.UUID);
            insert.setParameter(11, event.type, StandardBasicTypes.STRING);
            insert.setParameter(12, event.resourceType, StandardBasicTypes.STRING);
            insert.setParameter(13, event.resourceId, StandardBasicTypes.UUID);
            insert.setParameter(14, event.tierId, StandardBasicTypes.STRING);
            insert.setParameter(15, event.teamId, StandardBasicTypes.UUID);
            insert.setParameter(16, event.occurredAt, StandardBasicTypes.OFFSET_DATE_TIME);
            insert.setParameter(17, json(event.data), StandardBasicTypes.STRING);
        }
        insert.executeUpdate();
        if (event != null) {
            outbox.announce(event);
        }
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
