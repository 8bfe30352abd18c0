package io.tierdesk.journal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierdesk.audit.AuditEntry;
import io.tierdesk.audit.AuditLog;
import io.tierdesk.common.ApiForms;
import io.tierdesk.common.Timestamps;
import io.tierdesk.common.TrackedEntity;
import io.tierdesk.event.Outbox;
import io.tierdesk.event.OutboxEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

/**
 * Records a change once: the audit entry and, when the action is one webhooks hear about, the outbox event, both
 * from the same before/after API forms, each form converted once, at one instant, in the caller's transaction.
 */
@ApplicationScoped
public class Journal {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    /**
     * What an entry is about: the audited resource, and the tier and team its event is filed under (webhook
     * subscriptions may filter on them; either may be null).
     */
    public record Subject(String type, Object id, String tierId, UUID teamId) {

        public static Subject of(String type, Object id) {
            return new Subject(type, id, null, null);
        }
    }

    private final AuditLog audit;
    private final JournalWriter writer;
    private final ObjectMapper mapper;
    private final EntityManager em;
    private final Clock clock;

    Journal(AuditLog audit, JournalWriter writer, ObjectMapper mapper, EntityManager em, Clock clock) {
        this.audit = audit;
        this.writer = writer;
        this.mapper = mapper;
        this.em = em;
        this.clock = clock;
    }

    public OffsetDateTime now() {
        return Timestamps.now(clock);
    }

    /** Records an action on a resource given in its API form before and after it (either may be null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, Subject subject, Object before, Object after) {
        recordWithRow(action, subject, before, after, null);
    }

    /** As {@link #record(String, Subject, Object, Object)}, with the action's own row ({@link JournalRow}, or null). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordWithRow(String action, Subject subject, Object before, Object after, JournalRow row) {
        Map<String, Object> afterForm = form(after);
        write(now(), action, subject, form(before), afterForm, afterForm, row);
    }

    /**
     * As {@link #record}, for an action whose event carries another form of the resource than its audit entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, Subject subject, Object before, Object after, Object eventData) {
        write(now(), action, subject, form(before), form(after), form(eventData), null);
    }

    /**
     * Records a resource persisted in this transaction: flushes first, so its API form carries what the database
     * assigned, and returns that form; the response reuses it ({@link ApiForms}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends TrackedEntity, A> A created(
            String action, Subject subject, E entity, Function<? super E, A> toApi) {
        return created(action, subject, entity, toApi, null);
    }

    /** As {@link #created(String, Subject, TrackedEntity, Function)}, with the action's own row, or null. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends TrackedEntity, A> A created(
            String action, Subject subject, E entity, Function<? super E, A> toApi, JournalRow row) {
        em.flush();
        A after = toApi.apply(entity);
        ApiForms.remember(entity, after);
        Map<String, Object> afterForm = form(after);
        write(now(), action, subject, null, afterForm, afterForm, row);
        return after;
    }

    /** As {@link #changed(OffsetDateTime, String, Subject, TrackedEntity, Object, Function)}, for a change made now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends TrackedEntity, A> A changed(
            String action, Subject subject, E entity, Object before, Function<? super E, A> toApi) {
        return changed(now(), action, subject, entity, before, toApi);
    }

    /**
     * Records a change of a tracked resource: stamps it as changed at {@code at}, flushes (so its API form carries
     * the new version), and records the change from {@code before} to that form, which it returns; the response
     * reuses it ({@link ApiForms}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends TrackedEntity, A> A changed(
            OffsetDateTime at, String action, Subject subject, E entity, Object before, Function<? super E, A> toApi) {
        return changed(at, action, subject, entity, before, toApi, null);
    }

    /**
     * As {@link #changed(OffsetDateTime, String, Subject, TrackedEntity, Object, Function)}, with the action's own
     * row, or null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <E extends TrackedEntity, A> A changed(
            OffsetDateTime at,
            String action,
            Subject subject,
            E entity,
            Object before,
            Function<? super E, A> toApi,
            JournalRow row) {
        entity.touch(at);
        em.flush();
        A after = toApi.apply(entity);
        ApiForms.remember(entity, after);
        Map<String, Object> afterForm = form(after);
        write(at, action, subject, form(before), afterForm, afterForm, row);
        return after;
    }

    private void write(
            OffsetDateTime at,
            String action,
            Subject subject,
            Map<String, Object> before,
            Map<String, Object> after,
            Map<String, Object> eventData,
            JournalRow row) {
        AuditEntry entry = audit.entry(at, action, subject.type(), subject.id(), before, after);
        OutboxEvent event = EventOfAction.of(action, before, after)
                .map(type -> Outbox.draft(at, type, (UUID) subject.id(), subject.tierId(), subject.teamId(), eventData))
                .orElse(null);
        writer.write(entry, event, row);
    }

    private Map<String, Object> form(Object representation) {
        return representation == null ? null : mapper.convertValue(representation, MAP);
    }
}
