package io.tierdesk.event;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tierdesk.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
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

    Outbox(ObjectMapper mapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
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
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.type = type.eventName();
        event.resourceType = type.resourceType();
        event.resourceId = resourceId;
        event.tierId = tierId;
        event.teamId = teamId;
        event.occurredAt = at;
        event.data = data == null ? null : new LinkedHashMap<>(data);
        persist(event);
        return event;
    }
}
