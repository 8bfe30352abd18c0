package io.tierdesk.solution;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Which solutions a caller may see: everything (support staff, governance, integrations), or the union of what
 * they own or co-own, what their teams own, and what their partner teams support.
 */
record SolutionVisibility(boolean everything, String owner, Set<UUID> teams) {

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

    /** An HQL condition: the solution id at {@code solutionIdPath} is one of the solutions this allows. */
    String solutionIdIn(String solutionIdPath, Map<String, Object> params) {
        if (everything) {
            return "1 = 1";
        }
        StringBuilder any = new StringBuilder("1 = 0");
        if (owner != null) {
            any.append(" or vs.maker = :visibleOwner or array_contains(vs.coOwners, :visibleOwner)");
            params.put("visibleOwner", owner);
        }
        if (!teams.isEmpty()) {
            any.append(" or vs.owningTeamId in :visibleTeams");
            params.put("visibleTeams", teams);
        }
        return solutionIdPath + " in (select vs.id from Solution vs where " + any + ")";
    }
}
