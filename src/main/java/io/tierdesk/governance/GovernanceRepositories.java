package io.tierdesk.governance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tierdesk.solution.SolutionVisibility;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Persistence for the governance workflows' two aggregates. */
final class GovernanceRepositories {

    private GovernanceRepositories() {}

    @ApplicationScoped
    static class Handoffs implements PanacheRepositoryBase<Handoff, UUID> {

        boolean openFor(UUID solutionId) {
            return count("solutionId = ?1 and status in ?2", solutionId, HandoffStates.OPEN) > 0;
        }

        /** Newest first: handoffs of solutions in {@code visible} or to one of {@code receivingTeams}. */
        List<Handoff> page(
                HandoffStatus status,
                UUID solutionId,
                UUID toTeamId,
                SolutionVisibility visible,
                Set<UUID> receivingTeams,
                OffsetDateTime afterCreated,
                UUID afterId,
                int fetch) {
            Map<String, Object> params = new HashMap<>();
            StringBuilder where = new StringBuilder("(" + solutionIdIn("h.solutionId", visible, params));
            if (!receivingTeams.isEmpty()) {
                where.append(" or h.toTeamId in :receivingTeams");
                params.put("receivingTeams", receivingTeams);
            }
            where.append(")");
            equal(where, params, "h.status", "status", status);
            equal(where, params, "h.solutionId", "solutionId", solutionId);
            equal(where, params, "h.toTeamId", "toTeamId", toTeamId);
            return find(
                            "from Handoff h where " + after(where, params, "h", afterCreated, afterId)
                                    + " order by h.createdAt desc, h.id desc",
                            params)
                    .page(0, fetch)
                    .list();
        }
    }

    @ApplicationScoped
    static class GraduationRequests implements PanacheRepositoryBase<GraduationRequest, UUID> {

        boolean openFor(UUID solutionId) {
            return count("solutionId = ?1 and status in ?2", solutionId, GraduationStates.OPEN) > 0;
        }

        GraduationRequest byHandoff(UUID handoffId) {
            return find("handoffId", handoffId).firstResult();
        }

        /** Newest first: requests about solutions in {@code visible}. */
        List<GraduationRequest> page(
                GraduationRequestStatus status,
                UUID solutionId,
                SolutionVisibility visible,
                OffsetDateTime afterCreated,
                UUID afterId,
                int fetch) {
            Map<String, Object> params = new HashMap<>();
            StringBuilder where = new StringBuilder("(" + solutionIdIn("r.solutionId", visible, params) + ")");
            equal(where, params, "r.status", "status", status);
            equal(where, params, "r.solutionId", "solutionId", solutionId);
            return find(
                            "from GraduationRequest r where " + after(where, params, "r", afterCreated, afterId)
                                    + " order by r.createdAt desc, r.id desc",
                            params)
                    .page(0, fetch)
                    .list();
        }
    }

    /** An HQL condition: the solution id at {@code solutionIdPath} is one of the solutions {@code visible} allows. */
    private static String solutionIdIn(String solutionIdPath, SolutionVisibility visible, Map<String, Object> params) {
        if (visible.everything()) {
            return "1 = 1";
        }
        StringBuilder any = new StringBuilder("1 = 0");
        if (visible.owner() != null) {
            any.append(" or vs.maker = :visibleOwner or array_contains(vs.coOwners, :visibleOwner)");
            params.put("visibleOwner", visible.owner());
        }
        if (!visible.teams().isEmpty()) {
            any.append(" or vs.owningTeamId in :visibleTeams");
            params.put("visibleTeams", visible.teams());
        }
        return solutionIdPath + " in (select vs.id from Solution vs where " + any + ")";
    }

    private static void equal(StringBuilder where, Map<String, Object> params, String path, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(path).append(" = :").append(name);
            params.put(name, value);
        }
    }

    private static StringBuilder after(
            StringBuilder where, Map<String, Object> params, String alias, OffsetDateTime afterCreated, UUID afterId) {
        if (afterCreated != null) {
            where.append(" and (")
                    .append(alias)
                    .append(".createdAt < :afterCreated or (")
                    .append(alias)
                    .append(".createdAt = :afterCreated and ")
                    .append(alias)
                    .append(".id < :afterId))");
            params.put("afterCreated", afterCreated);
            params.put("afterId", afterId);
        }
        return where;
    }
}
