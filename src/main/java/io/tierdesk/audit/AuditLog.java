package io.tierdesk.audit;

import io.tierdesk.common.Caller;
import io.tierdesk.common.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes audit events in the caller's transaction, so a change and its record commit together; the journal is
 * its one caller. Before/after hold the API representation of the resource, reduced to the fields that changed.
 */
@ApplicationScoped
public class AuditLog {

    private static final Set<String> BOOKKEEPING = Set.of("version", "updated_at", "created_at");

    private final AuditRepository events;
    private final Caller caller;
    private final RequestId requestId;

    AuditLog(AuditRepository events, Caller caller, RequestId requestId) {
        this.events = events;
        this.caller = caller;
        this.requestId = requestId;
    }

    /**
     * Records an action at the given time; before and after are the resource's API form as maps, either may be null.
     * The maps are left as they are: the entry keeps its own copies.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(
            OffsetDateTime at,
            String action,
            String resourceType,
            Object resourceId,
            Map<String, Object> before,
            Map<String, Object> after) {
        Map<String, Object> beforeMap = withoutBookkeeping(before);
        Map<String, Object> afterMap = withoutBookkeeping(after);
        if (beforeMap != null && afterMap != null) {
            keepChangedFields(beforeMap, afterMap);
        }
        AuditEvent event = new AuditEvent();
        event.occurredAt = at;
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

    private static Map<String, Object> withoutBookkeeping(Map<String, Object> representation) {
        if (representation == null) {
            return null;
        }
        Map<String, Object> map = new LinkedHashMap<>(representation);
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

    /** Entries matching {@code filter}, newest first, before the id of the previous page's last entry. */
    List<AuditEvent> page(AuditRepository.Filter filter, Long beforeId, int fetch) {
        return events.page(filter, beforeId, fetch);
    }
}
