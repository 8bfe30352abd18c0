package io.tierdesk.governance;

import io.tierdesk.api.model.GraduationCandidateDto;
import io.tierdesk.api.model.GraduationReasonDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reactive governance in one SQL statement: each solution's latest usage snapshot (found through the usage
 * table's primary key) against its tier's thresholds. Urgency is the largest ratio of a metric to its threshold
 * (a threshold of 0, as for groups in Productivity, counts as 1), so the most outgrown solutions come first.
 */
@ApplicationScoped
class GraduationCandidates {

    private static final String CANDIDATES = """
            SELECT s.id, s.name, s.tier_id, u.day, u.shared_users, u.shared_groups, u.launches_30d, u.business_units,
                   t.threshold_shared_users, t.threshold_shared_groups, t.threshold_launches_30d,
                   t.threshold_business_units, t.name AS tier_name,
                   (SELECT n.id FROM tiers n WHERE n.rank > t.rank ORDER BY n.rank LIMIT 1) AS suggested,
                   round(GREATEST(u.shared_users::numeric / GREATEST(t.threshold_shared_users, 1),
                            u.shared_groups::numeric / GREATEST(t.threshold_shared_groups, 1),
                            u.launches_30d::numeric / GREATEST(t.threshold_launches_30d, 1),
                            u.business_units::numeric / GREATEST(t.threshold_business_units, 1)), 4) AS urgency
            FROM solutions s
            JOIN tiers t ON t.id = s.tier_id
            JOIN LATERAL (SELECT * FROM solution_usage l WHERE l.solution_id = s.id ORDER BY l.day DESC LIMIT 1) u
              ON TRUE
            WHERE s.lifecycle_state <> 'ARCHIVED'
              AND (u.shared_users > t.threshold_shared_users OR u.shared_groups > t.threshold_shared_groups
                   OR u.launches_30d > t.threshold_launches_30d OR u.business_units > t.threshold_business_units)
            """;

    record After(BigDecimal urgency, UUID solutionId) {}

    private final EntityManager em;

    GraduationCandidates(EntityManager em) {
        this.em = em;
    }

    List<GraduationCandidateDto> page(String tierId, After after, int fetch) {
        StringBuilder sql = new StringBuilder("SELECT * FROM (" + CANDIDATES + ") c WHERE 1 = 1");
        if (tierId != null) {
            sql.append(" AND c.tier_id = :tier");
        }
        if (after != null) {
            sql.append(" AND (c.urgency < :afterUrgency OR (c.urgency = :afterUrgency AND c.id > :afterId))");
        }
        sql.append(" ORDER BY c.urgency DESC, c.id LIMIT :fetch");
        Query query = em.createNativeQuery(sql.toString());
        if (tierId != null) {
            query.setParameter("tier", tierId);
        }
        if (after != null) {
            query.setParameter("afterUrgency", after.urgency());
            query.setParameter("afterId", after.solutionId());
        }
        query.setParameter("fetch", fetch);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        return rows.stream().map(GraduationCandidates::toCandidate).toList();
    }

    private static GraduationCandidateDto toCandidate(Object[] row) {
        String tierName = (String) row[12];
        List<GraduationReasonDto> reasons = new ArrayList<>();
        reason(
                reasons,
                GraduationReasonDto.MetricEnum.SHARED_USERS,
                row[4],
                row[8],
                "Shared with %d users; the %s tier allows %d.",
                tierName);
        reason(
                reasons,
                GraduationReasonDto.MetricEnum.SHARED_GROUPS,
                row[5],
                row[9],
                "Shared with %d groups; the %s tier allows %d.",
                tierName);
        reason(
                reasons,
                GraduationReasonDto.MetricEnum.LAUNCHES_30D,
                row[6],
                row[10],
                "Launched %d times in 30 days; the %s tier allows %d.",
                tierName);
        reason(
                reasons,
                GraduationReasonDto.MetricEnum.BUSINESS_UNITS,
                row[7],
                row[11],
                "Used by %d business units; the %s tier allows %d.",
                tierName);
        return new GraduationCandidateDto()
                .solutionId((UUID) row[0])
                .solutionName((String) row[1])
                .tierId((String) row[2])
                .usageDay(toLocalDate(row[3]))
                .suggestedTierId((String) row[13])
                .urgency(((BigDecimal) row[14]).doubleValue())
                .reasons(reasons);
    }

    private static void reason(
            List<GraduationReasonDto> reasons,
            GraduationReasonDto.MetricEnum metric,
            Object value,
            Object threshold,
            String message,
            String tierName) {
        int v = ((Number) value).intValue();
        int t = ((Number) threshold).intValue();
        if (v > t) {
            reasons.add(new GraduationReasonDto()
                    .metric(metric)
                    .value(v)
                    .threshold(t)
                    .message(String.format(message, v, tierName, t)));
        }
    }

    private static java.time.LocalDate toLocalDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (java.time.LocalDate) value;
    }

    static BigDecimal urgencyOf(GraduationCandidateDto candidate) {
        return BigDecimal.valueOf(candidate.getUrgency()).setScale(4, java.math.RoundingMode.HALF_UP);
    }
}
