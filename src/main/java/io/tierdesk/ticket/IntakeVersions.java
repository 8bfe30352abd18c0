package io.tierdesk.ticket;

import io.tierdesk.routing.RoutingTableService;
import io.tierdesk.sla.policy.PolicyInForce;
import io.tierdesk.sla.policy.SlaPolicyRepository;
import io.tierdesk.ticketterms.TicketCategory;
import io.tierdesk.ticketterms.TicketPriority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.query.NativeQuery;

/**
 * What a new ticket is routed and timed by: the routing table version in force and the SLA policy in force for its
 * tier, priority and category. Both features own their statement; a creation reads the two in one round trip, the
 * rules and terms of those versions then come from the features' caches.
 */
@ApplicationScoped
class IntakeVersions {

    /** {@code policy}: null when no policy applies (the ticket runs without SLA clocks). */
    record InForce(int routingTableVersion, PolicyInForce policy) {}

    private static final String SQL = "SELECT (" + RoutingTableService.VERSION_IN_FORCE_SQL + "), policy.*"
            + " FROM (VALUES (1)) AS one LEFT JOIN LATERAL (" + SlaPolicyRepository.IN_FORCE_SQL
            + ") AS policy ON true";

    private final EntityManager entityManager;

    IntakeVersions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    InForce read(String tierId, TicketPriority priority, TicketCategory category) {
        NativeQuery<?> query = entityManager.createNativeQuery(SQL).unwrap(NativeQuery.class);
        // Flushes first only when this transaction changed one of these tables, not for the new ticket.
        query.addSynchronizedQuerySpace(RoutingTableService.VERSION_IN_FORCE_TABLE);
        SlaPolicyRepository.IN_FORCE_TABLES.forEach(query::addSynchronizedQuerySpace);
        SlaPolicyRepository.bindInForce(query, tierId, priority, category);
        Object[] row = (Object[]) query.getSingleResult();
        return new InForce(((Number) row[0]).intValue(), PolicyInForce.of(row, 1));
    }
}
