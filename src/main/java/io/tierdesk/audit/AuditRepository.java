package io.tierdesk.audit;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
class AuditRepository implements PanacheRepository<AuditEvent> {

    record Filter(
            String resourceType,
            String resourceId,
            String actor,
            String action,
            OffsetDateTime since,
            OffsetDateTime until) {}

    /** Newest first, keyset-paged on the id. */
    List<AuditEvent> page(Filter filter, Long beforeId, int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        condition(where, params, "resourceType", filter.resourceType());
        condition(where, params, "resourceId", filter.resourceId());
        condition(where, params, "actor", filter.actor());
        condition(where, params, "action", filter.action());
        if (filter.since() != null) {
            where.append(" and occurredAt >= :since");
            params.put("since", filter.since());
        }
        if (filter.until() != null) {
            where.append(" and occurredAt < :until");
            params.put("until", filter.until());
        }
        if (beforeId != null) {
            where.append(" and id < :beforeId");
            params.put("beforeId", beforeId);
        }
        return find(where + " order by id desc", params).page(0, fetch).list();
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String field, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
