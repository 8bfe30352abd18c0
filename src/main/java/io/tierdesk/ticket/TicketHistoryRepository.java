package io.tierdesk.ticket;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class TicketHistoryRepository implements PanacheRepository<TicketHistory> {

    List<TicketHistory> page(UUID ticketId, Long afterId, int fetch) {
        if (afterId == null) {
            return find("ticketId = ?1 order by id", ticketId).page(0, fetch).list();
        }
        return find("ticketId = ?1 and id > ?2 order by id", ticketId, afterId)
                .page(0, fetch)
                .list();
    }
}
