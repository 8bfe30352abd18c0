package io.tierdesk.escalation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class EscalationGraphRepository implements PanacheRepositoryBase<EscalationGraph, UUID> {

    record Filter(GraphState state, Integer publishedVersion, boolean withDrafts) {}

    /** The highest published version: the one in force. */
    int versionInForce() {
        return getEntityManager()
                .createQuery(
                        "select max(g.publishedVersion) from EscalationGraph g where g.state = :published",
                        Integer.class)
                .setParameter("published", GraphState.PUBLISHED)
                .getSingleResult();
    }

    EscalationGraph published(int version) {
        return find("publishedVersion", version).firstResult();
    }

    List<EscalationGraph> page(Filter filter, OffsetDateTime afterCreated, UUID afterId, int fetch) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (!filter.withDrafts()) {
            where.append(" and g.state = :published");
            params.put("published", GraphState.PUBLISHED);
        }
        if (filter.state() != null) {
            where.append(" and g.state = :state");
            params.put("state", filter.state());
        }
        if (filter.publishedVersion() != null) {
            where.append(" and g.publishedVersion = :version");
            params.put("version", filter.publishedVersion());
        }
        if (afterCreated != null) {
            where.append(" and (g.createdAt < :afterAt or (g.createdAt = :afterAt and g.id < :afterId))");
            params.put("afterAt", afterCreated);
            params.put("afterId", afterId);
        }
        return find("from EscalationGraph g where " + where + " order by g.createdAt desc, g.id desc", params)
                .page(0, fetch)
                .list();
    }

    /** Serialises publishers until the transaction ends, so two admins cannot publish the same next version. */
    void lockPublishing() {
        getEntityManager()
                .createNativeQuery(
                        "SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('escalation_graphs'))) l")
                .getSingleResult();
    }
}
