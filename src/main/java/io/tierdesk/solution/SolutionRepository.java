package io.tierdesk.solution;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tierdesk.api.model.LifecycleStateDto;
import io.tierdesk.common.Enums;
import io.tierdesk.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
public class SolutionRepository implements PanacheRepositoryBase<Solution, UUID> {

    /** A solution and its tier. */
    public record WithTier(Solution solution, Tier tier) {}

    /** The solution and its tier in one statement, read-only (not dirty-checked); null when no solution has this id. */
    public WithTier withTier(UUID id) {
        return getEntityManager()
                .createQuery(
                        "select s, t from Solution s join Tier t on t.id = s.tierId where s.id = :id", Object[].class)
                .setParameter("id", id)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList()
                .stream()
                .findFirst()
                .map(row -> new WithTier((Solution) row[0], (Tier) row[1]))
                .orElse(null);
    }

    record Filter(
            String tierId,
            SolutionKind kind,
            String maker,
            UUID owningTeamId,
            String businessUnit,
            String environmentId,
            LifecycleStateDto lifecycleState,
            String nameContains) {}

    /** Newest first; {@code after} is the (created_at, id) of the last solution of the previous page. */
    List<Solution> page(
            Filter filter, SolutionVisibility visibility, OffsetDateTime afterCreated, UUID afterId, int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        equal(where, params, "tierId", filter.tierId());
        equal(where, params, "kind", filter.kind());
        equal(where, params, "maker", filter.maker());
        equal(where, params, "owningTeamId", filter.owningTeamId());
        equal(where, params, "businessUnit", filter.businessUnit());
        equal(where, params, "environmentId", filter.environmentId());
        equal(where, params, "lifecycleState", Enums.same(filter.lifecycleState(), LifecycleState.class));
        if (filter.nameContains() != null && !filter.nameContains().isBlank()) {
            where.append(" and lower(name) like :name escape '\\'");
            params.put("name", "%" + escapeLike(filter.nameContains().toLowerCase()) + "%");
        }
        visibility.restrict(where, params);
        if (afterCreated != null) {
            where.append(" and (createdAt < :afterCreated or (createdAt = :afterCreated and id < :afterId))");
            params.put("afterCreated", afterCreated);
            params.put("afterId", afterId);
        }
        return find(where + " order by createdAt desc, id desc", params)
                .page(0, fetch)
                .list();
    }

    /**
     * Solutions published to end users and not archived, by name then id, after the given position; {@code q}, when
     * given, must occur in the name or the description (ignoring case).
     */
    List<WithTier> published(String q, String afterName, UUID afterId, int fetch) {
        StringBuilder where = new StringBuilder("s.publishedToEndUsers = true and s.lifecycleState <> :archived");
        Map<String, Object> params = new HashMap<>();
        params.put("archived", LifecycleState.ARCHIVED);
        if (q != null && !q.isBlank()) {
            where.append(" and (lower(s.name) like :q escape '\\' or lower(s.description) like :q escape '\\')");
            params.put("q", "%" + escapeLike(q.toLowerCase()) + "%");
        }
        if (afterId != null) {
            where.append(" and (s.name, s.id) > (:afterName, :afterId)");
            params.put("afterName", afterName);
            params.put("afterId", afterId);
        }
        var query = getEntityManager()
                .createQuery(
                        "select s, t from Solution s join Tier t on t.id = s.tierId where " + where
                                + " order by s.name, s.id",
                        Object[].class)
                .setMaxResults(fetch);
        params.forEach(query::setParameter);
        return query.getResultStream()
                .map(row -> new WithTier((Solution) row[0], (Tier) row[1]))
                .toList();
    }

    /** The external references among these that already belong to another solution. */
    List<Object[]> externalRefsTakenByOthers(UUID solutionId, Collection<Solution.ExternalRef> refs) {
        if (refs.isEmpty()) {
            return List.of();
        }
        StringBuilder sql = new StringBuilder(
                "SELECT system, external_id FROM solution_external_refs WHERE solution_id <> ?1 AND (");
        int index = 2;
        for (int i = 0; i < refs.size(); i++) {
            sql.append(i == 0 ? "" : " OR ")
                    .append("(system = ?")
                    .append(index++)
                    .append(" AND external_id = ?")
                    .append(index++)
                    .append(")");
        }
        sql.append(")");
        var query = getEntityManager().createNativeQuery(sql.toString());
        query.setParameter(1, solutionId);
        index = 2;
        for (Solution.ExternalRef ref : refs) {
            query.setParameter(index++, ref.system());
            query.setParameter(index++, ref.externalId());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> taken = query.getResultList();
        return taken;
    }

    Set<UUID> existingIds(Collection<UUID> ids) {
        return Set.copyOf(getEntityManager()
                .createQuery("select s.id from Solution s where s.id in :ids", UUID.class)
                .setParameter("ids", ids)
                .getResultList());
    }

    private static void equal(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and ").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
