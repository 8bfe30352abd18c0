package io.tierdesk.routing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

@ApplicationScoped
class RoutingTableRepository implements PanacheRepositoryBase<RoutingTable, Integer> {

    RoutingTable latest() {
        return find("order by version desc").firstResult();
    }

    List<RoutingRule> rulesOf(int version) {
        return getEntityManager().createQuery(
                "select r from RoutingRule r where r.key.tableVersion = :version order by r.key.position",
                RoutingRule.class).setParameter("version", version).getResultList();
    }

    void persistRule(RoutingRule rule) {
        getEntityManager().persist(rule);
    }

    /** Serialises publishers until the transaction ends, so two admins cannot publish the same next version. */
    void lockPublishing() {
        getEntityManager()
                .createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext('routing_tables'))) l")
                .getSingleResult();
    }
}
