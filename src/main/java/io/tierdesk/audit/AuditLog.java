package io.tierdesk.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierdesk.common.Caller;
import io.tierdesk.common.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import io.tierdesk.common.Timestamps;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes audit events in the caller's transaction, so a change and its record commit together. Before/after hold
 * the API representation of the resource, reduced to the fields that changed.
 */
@ApplicationScoped
public class AuditLog {

    private static final Set<String> BOOKKEEPING = Set.of("version", "updated_at", "created_at");
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final AuditRepository events;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final RequestId requestId;
    private final Clock clock;

    AuditLog(AuditRepository events, ObjectMapper mapper, Caller caller, RequestId requestId, Clock clock) {
        this.events = events;
        this.mapper = mapper;
        this.caller = caller;
        this.requestId = requestId;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String action, String resourceType, Object resourceId, Object before, Object after) {
        Map<String, Object> beforeMap = toMap(before);
        Map<String, Object> afterMap = toMap(after);
        if (beforeMap != null && afterMap != null) {
            keepChangedFields(beforeMap, afterMap);
        }
        AuditEvent event = new AuditEvent();
        event.occurredAt = Timestamps.now(clock);
        event.actor = caller.subject();
        event.action = action;
        event.resourceType = resourceType;
        event.resourceId = String.valueOf(resourceId);
        event.requestId = requestId.value();
        event.clientRequestId = requestId.clientValue();
        event.before = beforeMap;
        event.after = afterMap;
        events.persist(event);
    }

    private Map<String, Object> toMap(Object representation) {
        if (representation == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>(mapper.convertValue(representation, MAP));
        map.keySet().removeAll(BOOKKEEPING);
        return map;
    }

    private static void keepChangedFields(Map<String, Object> before, Map<String, Object> after) {
        Set<String> keys = new java.util.HashSet<>(before.keySet());
        keys.addAll(after.keySet());
        for (String key : keys) {
            if (Objects.equals(before.get(key), after.get(key))) {
                before.remove(key);
                after.remove(key);
            }
        }
    }
}
