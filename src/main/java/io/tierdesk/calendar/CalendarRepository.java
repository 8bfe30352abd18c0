package io.tierdesk.calendar;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class CalendarRepository implements PanacheRepositoryBase<CalendarDefinition, UUID> {

    /** Ordered by name then id; {@code after} is the (name, id) of the last calendar of the previous page. */
    List<CalendarDefinition> page(String afterName, UUID afterId, int fetch) {
        if (afterName == null) {
            return find("order by name, id").page(0, fetch).list();
        }
        return find("name > ?1 or (name = ?1 and id > ?2) order by name, id", afterName, afterId)
                .page(0, fetch)
                .list();
    }

    boolean nameTaken(String name, UUID exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }
}
