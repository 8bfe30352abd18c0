package io.tierdesk.routing;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.hibernate.jpa.HibernateHints;

@ApplicationScoped
class RoutingTableRepository implements PanacheRepositoryBase<RoutingTable, Integer> {

    RoutingTable latest() {
        return find("order by version desc").firstResult();
    }

    /** The version in force: the last one published. */
    int latestVersion() {
        return getEntityManager()
                .createQuery("select max(t.version) from RoutingTable t", Integer.class)
                .getSingleResult();
    }

    /** A version, read without a snapshot for dirty checking: it is never changed. */
    RoutingTable readOnly(int version) {
        return getEntityManager()
                .createQuery("from RoutingTable t where t.version = :version", RoutingTable.class)
                .setParameter("version", version)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getSingleResult();
    }

    /** The rules of a version, in order, read without a snapshot for dirty checking: they are never changed. */
    List<RoutingRule> rulesOfReadOnly(int version) {
        return getEntityManager()
                .createQuery(
                        "select r from RoutingRule r where r.key.tableVersion = :version order by r.key.position",
                        RoutingRule.class)
                .setParameter("version", version)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .getResultList();
    }

    List<RoutingRule> rulesOf(int version) {
        return getEntityManager()
                .createQuery(
                        "select r from RoutingRule r where r.key.tableVersion = :version order by r.key.position",
                        RoutingRule.class)
                .setParameter("version", version)
                .getResultList();
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
