package io.tierdesk.ticket;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class TicketCommentRepository implements PanacheRepositoryBase<TicketComment, UUID> {

    /** Oldest first; internal notes only when asked for. */
    List<TicketComment> page(UUID ticketId, boolean includeInternal, OffsetDateTime afterAt, UUID afterId, int fetch) {
        StringBuilder where = new StringBuilder("ticketId = :ticketId");
        Map<String, Object> params = new HashMap<>();
        params.put("ticketId", ticketId);
        if (!includeInternal) {
            where.append(" and visibility = :public");
            params.put("public", CommentVisibility.PUBLIC);
        }
        if (afterAt != null) {
            where.append(" and (createdAt > :afterAt or (createdAt = :afterAt and id > :afterId))");
            params.put("afterAt", afterAt);
            params.put("afterId", afterId);
        }
        return find(where + " order by createdAt, id", params).page(0, fetch).list();
    }
}
