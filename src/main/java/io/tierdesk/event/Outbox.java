package io.tierdesk.event;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tierdesk.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The transactional outbox: events are written in the caller's transaction, so an event exists exactly when the
 * change it reports committed. The webhook dispatcher reads them afterwards.
 */
@ApplicationScoped
public class Outbox implements PanacheRepositoryBase<OutboxEvent, UUID> {

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private final ObjectMapper mapper;
    private final Clock clock;
    private final Event<EventWritten> written;

    Outbox(ObjectMapper mapper, Clock clock, Event<EventWritten> written) {
        this.mapper = mapper;
        this.clock = clock;
        this.written = written;
    }

    /**
     * Records an event about a resource.
     *
     * @param tierId the tier the resource belongs to, when it has one (subscriptions may filter on it)
     * @param teamId the team the resource is with, when it has one (subscriptions may filter on it)
     * @param data   the API representation the event carries, as its contract schema describes
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent publish(EventType type, UUID resourceId, String tierId, UUID teamId, Object data) {
        return publish(Timestamps.now(clock), type, resourceId, tierId, teamId, mapper.convertValue(data, MAP));
    }

    /** As {@link #publish(EventType, UUID, String, UUID, Object)}, at a given time, with the data already a map. */
    @Transactional(Transactional.TxType.MANDATORY)
    public OutboxEvent publish(
            OffsetDateTime at, EventType type, UUID resourceId, String tierId, UUID teamId, Map<String, Object> data) {
        OutboxEvent event = draft(at, type, resourceId, tierId, teamId, data);
        persist(event);
        announce(event);
        return event;
    }

    /** Tells this transaction's observers ({@link EventWritten}) of an event written, here or by another writer. */
    public void announce(OutboxEvent event) {
        written.fire(new EventWritten(event));
    }

    /**
     * The event as {@link #publish} would record it, not written: for a caller that writes it with other rows in
     * one statement (the journal, with the action's audit entry), and then {@linkplain #announce announces} it.
     */
    public static OutboxEvent draft(
            OffsetDateTime at, EventType type, UUID resourceId, String tierId, UUID teamId, Map<String, Object> data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.type = type.eventName();
        event.resourceType = type.resourceType();
        event.resourceId = resourceId;
        event.tierId = tierId;
        event.teamId = teamId;
        event.occurredAt = at;
        event.data = data == null ? null : new LinkedHashMap<>(data);
        return event;
    }
}
