package io.tierdesk.solution;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which solutions a caller may see: everything (support staff, governance, integrations), or the union of what
 * they own or co-own ({@code owner}, null for none), what their teams own and what their partner teams support
 * ({@code teams}). A value, so that lists of things about solutions filter by it in their own queries.
 */
public record SolutionVisibility(boolean everything, String owner, Set<UUID> teams) {

    static SolutionVisibility all() {
        return new SolutionVisibility(true, null, Set.of());
    }

    void restrict(StringBuilder where, Map<String, Object> params) {
        if (everything) {
            return;
        }
        StringBuilder any = new StringBuilder("1 = 0");
        if (owner != null) {
            any.append(" or maker = :visibleOwner or array_contains(coOwners, :visibleOwner)");
            params.put("visibleOwner", owner);
        }
        if (!teams.isEmpty()) {
            any.append(" or owningTeamId in :visibleTeams");
            params.put("visibleTeams", teams);
        }
        where.append(" and (").append(any).append(")");
    }
}
