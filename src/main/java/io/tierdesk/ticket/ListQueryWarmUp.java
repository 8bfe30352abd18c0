package io.tierdesk.ticket;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

/**
 * Parses the ticket list queries once before the service takes traffic. A fresh replica otherwise parses them on
 * its first concurrent list requests, each worker at once with the HQL parser's prediction cache still empty,
 * which in a 64 MB heap ran it out of memory; once the cache knows these constructs, parsing any filter
 * combination is cheap. Nothing is sent to the database.
 */
@ApplicationScoped
class ListQueryWarmUp {

    @ActivateRequestContext
    void parse(@Observes StartupEvent event, EntityManager em) {
        for (String hql : TicketRepository.representativeListQueries()) {
            em.createQuery(hql, Ticket.class);
        }
    }
}
