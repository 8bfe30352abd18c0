package io.tierdesk.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tierdesk.api.model.TeamKindDto;
import io.tierdesk.common.Enums;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class TeamRepository implements PanacheRepositoryBase<Team, UUID> {

    record Filter(TeamKindDto kind, String member, Set<UUID> onlyIds) {}

    /** Ordered by name then id; {@code after} is the (name, id) of the last team of the previous page. */
    List<Team> page(Filter filter, String afterName, UUID afterId, int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", Enums.same(filter.kind(), TeamKind.class));
        }
        if (filter.member() != null) {
            where.append(" and id in (select m.key.teamId from TeamMember m where m.key.subject = :member)");
            params.put("member", filter.member());
        }
        if (filter.onlyIds() != null) {
            if (filter.onlyIds().isEmpty()) {
                return List.of();
            }
            where.append(" and id in :onlyIds");
            params.put("onlyIds", filter.onlyIds());
        }
        if (afterName != null) {
            where.append(" and (name > :afterName or (name = :afterName and id > :afterId))");
            params.put("afterName", afterName);
            params.put("afterId", afterId);
        }
        return find(where + " order by name, id", params).page(0, fetch).list();
    }

    Optional<Team> firstOfKind(TeamKind kind) {
        return find("kind = ?1 order by createdAt, id", kind).firstResultOptional();
    }

    boolean nameTaken(String name, UUID exceptId) {
        return count("lower(name) = lower(?1) and id <> ?2", name, exceptId == null ? new UUID(0, 0) : exceptId) > 0;
    }
}
