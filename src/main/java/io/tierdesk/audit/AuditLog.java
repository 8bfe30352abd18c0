package io.tierdesk.audit;

import io.tierdesk.common.Caller;
import io.tierdesk.common.RequestId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Makes audit entries for the journal, its one caller, which writes each in the caller's transaction with the
 * action's event, so a change and its record commit together. Before/after hold the API representation of the
 * resource, reduced to the fields that changed.
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
     * The entry of an action at the given time, by the caller of this request; before and after are the resource's
     * API form as maps, either may be null. The maps are left as they are: the entry keeps its own copies.
     */
    public AuditEntry entry(
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
        return new AuditEntry(
                at,
                caller.subject(),
                action,
                resourceType,
                String.valueOf(resourceId),
                requestId.value(),
                requestId.clientValue(),
                beforeMap,
                afterMap);
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
