package io.tierdesk.sla.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tierdesk.ticketterms.TicketCategory;
import io.tierdesk.ticketterms.TicketPriority;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class SlaPolicyRepository implements PanacheRepositoryBase<SlaPolicy, UUID> {

    public record Filter(String tierId, TicketPriority priority, Boolean enabled) {}

    /** Highest rank first, then by id; {@code after} is the (rank, id) of the last policy of the previous page. */
    public List<SlaPolicy> page(Filter filter, Integer afterRank, UUID afterId, int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.tierId() != null) {
            where.append(" and array_contains(tierIds, :tierId)");
            params.put("tierId", filter.tierId());
        }
        if (filter.priority() != null) {
            where.append(" and array_contains(priorities, :priority)");
            params.put("priority", filter.priority().toString());
        }
        if (filter.enabled() != null) {
            where.append(" and enabled = :enabled");
            params.put("enabled", filter.enabled());
        }
        if (afterRank != null) {
            where.append(" and (rank < :afterRank or (rank = :afterRank and id > :afterId))");
            params.put("afterRank", afterRank);
            params.put("afterId", afterId);
        }
        return find(where + " order by rank desc, id", params).page(0, fetch).list();
    }

    /** Which version of which policy applies, and the version of its calendar. */
    record InForce(UUID policyId, long version, UUID calendarId, long calendarVersion) {}

    /**
     * The enabled policy for this tier and priority: a fast lane for the category first, otherwise a tier-only
     * policy; the highest rank among them (equal ranks cannot overlap). Only the versions in force are read: the
     * terms and the calendar of a version come from caches of versions.
     */
    Optional<InForce> bestInForce(String tierId, TicketPriority priority, TicketCategory category) {
        @SuppressWarnings("unchecked")
        List<Object[]> best = getEntityManager()
                .createNativeQuery("""
                SELECT p.id, p.version, p.calendar_id, c.version FROM sla_policies p JOIN calendars c ON c.id = p.calendar_id
                WHERE p.enabled AND ?1 = ANY (p.tier_ids) AND ?2 = ANY (p.priorities)
                  AND (cardinality(p.categories) = 0 OR ?3 = ANY (p.categories))
                ORDER BY cardinality(p.categories) > 0 DESC, p.rank DESC, p.id
                LIMIT 1""")
                // Flushes first only when this transaction changed policies or calendars, not for a changed ticket.
                .unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("sla_policies")
                .addSynchronizedQuerySpace("calendars")
                .setParameter(1, tierId)
                .setParameter(2, priority.toString())
                .setParameter(3, category == null ? "" : category.toString())
                .getResultList();
        return best.stream()
                .findFirst()
                .map(row -> new InForce(
                        (UUID) row[0], ((Number) row[1]).longValue(), (UUID) row[2], ((Number) row[3]).longValue()));
    }

    List<SlaPolicy> enabledWithRank(int rank, UUID exceptId) {
        return list("enabled = true and rank = ?1 and id <> ?2", rank, exceptId);
    }

    /**
     * Serialises the rank-conflict check between concurrent writers until the transaction ends, so two requests
     * cannot each pass the check and then commit overlapping policies of the same rank.
     */
    void lockRanks() {
        getEntityManager()
                .createNativeQuery(
                        "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('sla_policies.rank'))) l")
                .getSingleResult();
    }

    /** Names of policies whose current or an earlier version uses the calendar. */
    List<String> namesUsingCalendar(UUID calendarId) {
        @SuppressWarnings("unchecked")
        List<String> names = getEntityManager()
                .createNativeQuery("""
                SELECT p.name FROM sla_policies p
                WHERE p.calendar_id = ?1
                   OR EXISTS (SELECT 1 FROM sla_policy_versions v
                              WHERE v.policy_id = p.id AND v.snapshot ->> 'calendar_id' = ?2)
                ORDER BY p.name LIMIT 10""", String.class)
                .setParameter(1, calendarId)
                .setParameter(2, calendarId.toString())
                .getResultList();
        return names;
    }
}
