package io.tierdesk.shift;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class ShiftHandoffRepository implements PanacheRepositoryBase<ShiftHandoff, UUID> {

    /** What a list asks for; {@code teams} null means every team. */
    record Filter(Set<UUID> teams, UUID teamId, UUID rotationId, String member, Boolean unacknowledged) {

        @Override
        public String toString() {
            return teamId + ":" + rotationId + ":" + member + ":" + unacknowledged;
        }
    }

    /** Newest boundary first, after (boundary, id) of the previous page's last. */
    List<ShiftHandoff> page(Filter filter, OffsetDateTime afterBoundary, UUID afterId, int fetch) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.teams() != null) {
            where.append(" and h.teamId in :teams");
            params.put("teams", filter.teams().isEmpty() ? Set.of(new UUID(0, 0)) : filter.teams());
        }
        if (filter.teamId() != null) {
            where.append(" and h.teamId = :teamId");
            params.put("teamId", filter.teamId());
        }
        if (filter.rotationId() != null) {
            where.append(" and h.rotationId = :rotationId");
            params.put("rotationId", filter.rotationId());
        }
        if (filter.member() != null) {
            where.append(" and h.incomingMember = :member");
            params.put("member", filter.member());
        }
        if (filter.unacknowledged() != null) {
            where.append(
                    filter.unacknowledged() ? " and h.acknowledgedAt is null" : " and h.acknowledgedAt is not null");
        }
        if (afterBoundary != null) {
            where.append(" and (h.boundaryAt < :afterAt or (h.boundaryAt = :afterAt and h.id < :afterId))");
            params.put("afterAt", afterBoundary);
            params.put("afterId", afterId);
        }
        return find("from ShiftHandoff h where " + where + " order by h.boundaryAt desc, h.id desc", params)
                .page(0, fetch)
                .list();
    }

    List<ShiftHandoffTicket> tickets(UUID handoffId) {
        return getEntityManager()
                .createQuery("""
                        from ShiftHandoffTicket t where t.key.handoffId = ?1
                        order by t.atRisk desc, t.dueAt asc nulls last, t.key.ticketId""", ShiftHandoffTicket.class)
                .setParameter(1, handoffId)
                .getResultList();
    }
}
