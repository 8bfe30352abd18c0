package io.tierdesk.governance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Persistence for the governance workflows' two aggregates. */
final class GovernanceRepositories {

    private GovernanceRepositories() {
    }

    @ApplicationScoped
    static class Handoffs implements PanacheRepositoryBase<Handoff, UUID> {

        boolean openFor(UUID solutionId) {
            return count("solutionId = ?1 and status in ?2", solutionId, HandoffStates.OPEN) > 0;
        }

        /** Newest first; {@code visible} is an HQL condition on alias {@code h} with its parameters in params. */
        List<Handoff> page(HandoffStatus status, UUID solutionId, UUID toTeamId, String visible,
                           Map<String, Object> params, OffsetDateTime afterCreated, UUID afterId, int fetch) {
            StringBuilder where = new StringBuilder("(" + visible + ")");
            equal(where, params, "h.status", "status", status);
            equal(where, params, "h.solutionId", "solutionId", solutionId);
            equal(where, params, "h.toTeamId", "toTeamId", toTeamId);
            return find("from Handoff h where " + after(where, params, "h", afterCreated, afterId)
                    + " order by h.createdAt desc, h.id desc", params).page(0, fetch).list();
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

        /** Newest first; {@code visible} is an HQL condition on alias {@code r} with its parameters in params. */
        List<GraduationRequest> page(GraduationRequestStatus status, UUID solutionId, String visible,
                                     Map<String, Object> params, OffsetDateTime afterCreated, UUID afterId,
                                     int fetch) {
            StringBuilder where = new StringBuilder("(" + visible + ")");
            equal(where, params, "r.status", "status", status);
            equal(where, params, "r.solutionId", "solutionId", solutionId);
            return find("from GraduationRequest r where " + after(where, params, "r", afterCreated, afterId)
                    + " order by r.createdAt desc, r.id desc", params).page(0, fetch).list();
        }
    }

    private static void equal(StringBuilder where, Map<String, Object> params, String path, String name, Object value) {
        if (value != null) {
            where.append(" and ").append(path).append(" = :").append(name);
            params.put(name, value);
        }
    }

    private static StringBuilder after(StringBuilder where, Map<String, Object> params, String alias,
                                       OffsetDateTime afterCreated, UUID afterId) {
        if (afterCreated != null) {
            where.append(" and (").append(alias).append(".createdAt < :afterCreated or (").append(alias)
                    .append(".createdAt = :afterCreated and ").append(alias).append(".id < :afterId))");
            params.put("afterCreated", afterCreated);
            params.put("afterId", afterId);
        }
        return where;
    }
}
