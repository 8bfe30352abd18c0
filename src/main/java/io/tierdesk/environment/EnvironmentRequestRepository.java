package io.tierdesk.environment;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class EnvironmentRequestRepository implements PanacheRepositoryBase<EnvironmentRequest, UUID> {

    /**
     * Leases up to {@code max} queued requests to {@code worker}: approved ones, and those whose lease ran out,
     * oldest in the queue first, only of the given types and regions when any are given. SKIP LOCKED makes
     * concurrent claimers pass over rows another transaction is claiming, so no request is handed to two workers
     * and none waits behind a slow claimer.
     */
    List<UUID> claim(
            String worker,
            OffsetDateTime now,
            OffsetDateTime leaseUntil,
            int max,
            List<String> types,
            List<String> regions) {
        Map<String, Object> params = new HashMap<>();
        String only = oneOf("q.type", "type", types, params) + oneOf("q.region", "region", regions, params);
        var query = getEntityManager()
                .createNativeQuery("""
                UPDATE environment_requests r
                SET status = 'PROVISIONING', lease_owner = :worker, lease_expires_at = :leaseUntil,
                    attempts = r.attempts + 1, version = r.version + 1, updated_at = :now
                WHERE r.id IN (
                    SELECT q.id FROM environment_requests q
                    WHERE (q.status = 'APPROVED' OR (q.status = 'PROVISIONING' AND q.lease_expires_at <= :now)) %s
                    ORDER BY q.queued_at, q.id
                    LIMIT :max
                    FOR UPDATE SKIP LOCKED)
                RETURNING r.id""".formatted(only), UUID.class)
                .setParameter("worker", worker)
                .setParameter("leaseUntil", leaseUntil)
                .setParameter("now", now)
                .setParameter("max", max);
        params.forEach(query::setParameter);
        @SuppressWarnings("unchecked")
        List<UUID> ids = query.getResultList();
        return ids;
    }

    /** {@code AND column IN (...)} over the values as named parameters, or nothing when there are none. */
    private static String oneOf(String column, String name, List<String> values, Map<String, Object> params) {
        if (values == null || values.isEmpty()) {
            return "";
        }
        StringBuilder in = new StringBuilder(" AND ").append(column).append(" IN (");
        for (int i = 0; i < values.size(); i++) {
            in.append(i == 0 ? ":" : ", :").append(name).append(i);
            params.put(name + i, values.get(i));
        }
        return in.append(')').toString();
    }

    List<EnvironmentRequest> byIds(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return list("id in ?1 order by queuedAt, id", ids);
    }

    /** Live requests that have reached their expiry, locked for this transaction only. */
    List<UUID> lockExpired(OffsetDateTime now, int max) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery("""
                SELECT id FROM environment_requests
                WHERE status = 'LIVE' AND expires_at IS NOT NULL AND expires_at <= ?1
                ORDER BY expires_at LIMIT ?2 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, now)
                .setParameter(2, max)
                .getResultList();
        return ids;
    }

    /** Live requests expiring before {@code horizon} whose owners have not been warned yet. */
    List<UUID> lockDueForWarning(OffsetDateTime now, OffsetDateTime horizon, int max) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery("""
                SELECT id FROM environment_requests
                WHERE status = 'LIVE' AND expires_at IS NOT NULL AND expires_at > ?1 AND expires_at <= ?2
                  AND expiry_warned_at IS NULL
                ORDER BY expires_at LIMIT ?3 FOR UPDATE SKIP LOCKED""", UUID.class)
                .setParameter(1, now)
                .setParameter(2, horizon)
                .setParameter(3, max)
                .getResultList();
        return ids;
    }

    /** Newest first; {@code requester} null means every requester. */
    List<EnvironmentRequest> page(
            String requester, EnvironmentRequestStatus status, OffsetDateTime afterCreated, UUID afterId, int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (requester != null) {
            where.append(" and requester = :requester");
            params.put("requester", requester);
        }
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (afterCreated != null) {
            where.append(" and (createdAt < :afterCreated or (createdAt = :afterCreated and id < :afterId))");
            params.put("afterCreated", afterCreated);
            params.put("afterId", afterId);
        }
        return find(where + " order by createdAt desc, id desc", params)
                .page(0, fetch)
                .list();
    }
}
