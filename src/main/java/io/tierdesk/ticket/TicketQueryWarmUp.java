package io.tierdesk.ticket;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Parses the ticket list queries, and the lookup of one ticket with each visibility, once before the service takes
 * traffic. A fresh replica otherwise parses them on its first concurrent requests, each worker at once with the
 * HQL parser's prediction cache still empty, which in a 64 MB heap ran it out of memory; once the cache knows these
 * constructs, parsing any filter combination is cheap. Nothing is sent to the database.
 */
@ApplicationScoped
class TicketQueryWarmUp {

    @ActivateRequestContext
    void parse(@Observes StartupEvent event, EntityManager em) {
        for (String hql : TicketRepository.representativeQueries()) {
            em.createQuery(hql, Ticket.class);
        }
    }
}
