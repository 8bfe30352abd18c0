package io.tierdesk.governance;

import io.tierdesk.api.model.ComplianceFindingDto;
import io.tierdesk.api.model.FindingCodeDto;
import io.tierdesk.api.model.FindingSeverityDto;
import io.tierdesk.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Compliance findings, computed by one SQL statement for a solution or for the whole inventory: each rule is a row
 * of a lateral VALUES list that applies or not, judged against the tier's own support model (a tier supported by
 * the platform team is held to the Critical rules, one supported by a team to the Important ones).
 */
@ApplicationScoped
class ComplianceQueries {

    private static final String FINDINGS = """
            SELECT s.id AS solution_id, s.name AS solution_name, t.id AS tier_id, s.owning_team_id, s.business_unit,
                   s.lifecycle_state, x.code, x.severity, x.message,
                   CASE x.severity WHEN 'HIGH' THEN 3 WHEN 'MEDIUM' THEN 2 ELSE 1 END AS severity_rank
            FROM solutions s
            JOIN tiers t ON t.id = coalesce(nullif(:judgedAs, ''), s.tier_id)
            CROSS JOIN LATERAL (VALUES
              ('MISSING_DESCRIPTION', CASE WHEN t.support_level = 'MAKER' THEN 'LOW' ELSE 'MEDIUM' END,
               'The solution has no description.',
               coalesce(btrim(s.description), '') = ''),
              ('MISSING_BUSINESS_JUSTIFICATION', CASE WHEN t.support_level = 'PLATFORM' THEN 'HIGH' ELSE 'MEDIUM' END,
               'A ' || t.name || ' solution needs a business justification.',
               t.support_level <> 'MAKER' AND coalesce(btrim(s.business_justification), '') = ''),
              ('MISSING_MITIGATION_PLAN', 'HIGH',
               'A ' || t.name || ' solution needs a mitigation plan.',
               t.support_level = 'PLATFORM' AND coalesce(btrim(s.mitigation_plan_url), '') = ''),
              ('NO_DEDICATED_ENVIRONMENT', CASE WHEN t.support_level = 'PLATFORM' THEN 'HIGH' ELSE 'MEDIUM' END,
               'A ' || t.name || ' solution needs a dedicated environment, not the default one.',
               t.support_level <> 'MAKER' AND (s.environment_id IS NULL OR s.environment_type = 'DEFAULT')),
              ('NO_PIPELINE_ALM', 'HIGH',
               'A ' || t.name || ' solution is deployed by automated pipelines; none is attested.',
               t.support_level = 'PLATFORM' AND NOT EXISTS (SELECT 1 FROM solution_attestations a
                   WHERE a.solution_id = s.id AND a.requirement = 'ALM_PIPELINE')),
              ('NO_SERVICE_PRINCIPAL_OWNER', 'HIGH',
               'A ' || t.name || ' solution is owned by a service principal; none is attested.',
               t.support_level = 'PLATFORM' AND NOT EXISTS (SELECT 1 FROM solution_attestations a
                   WHERE a.solution_id = s.id AND a.requirement = 'SERVICE_PRINCIPAL_OWNER')),
              ('NO_SUPPORT_TEAM', CASE WHEN t.support_level = 'PLATFORM' THEN 'HIGH' ELSE 'MEDIUM' END,
               'A ' || t.name || ' solution needs an owning support team.',
               t.support_level <> 'MAKER' AND s.owning_team_id IS NULL),
              ('NO_ONCALL_ROTATION', 'HIGH',
               'A ' || t.name || ' solution needs its support team to keep an on-call rotation; it has none.',
               t.support_level = 'PLATFORM' AND NOT EXISTS (SELECT 1 FROM rotations r
                   WHERE r.team_id = s.owning_team_id AND (r.effective_until IS NULL OR r.effective_until > :now))),
              ('SUPPORT_LEVEL_BELOW_TIER', 'MEDIUM',
               'The ' || t.name || ' tier is supported at ' || t.support_level || ', the solution at '
                   || s.support_level || '.',
               array_position(ARRAY['MAKER','TEAM','HELP_DESK','PLATFORM','PARTNER','VENDOR']::text[],
                              s.support_level::text)
                 < array_position(ARRAY['MAKER','TEAM','HELP_DESK','PLATFORM','PARTNER','VENDOR']::text[],
                              t.support_level::text))
            ) AS x(code, severity, message, applies)
            WHERE x.applies
            """;

    record Filter(
            String tierId, FindingSeverityDto severity, FindingCodeDto code, UUID owningTeamId, String businessUnit) {}

    record After(int severityRank, UUID solutionId, String code) {}

    private final EntityManager em;
    private final Clock clock;

    ComplianceQueries(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /**
     * The solution's findings against a tier: its own ({@code tierId} null) or another one, to preview what moving
     * there would require.
     */
    List<ComplianceFindingDto> ofSolution(UUID solutionId, String tierId) {
        Query query = em.createNativeQuery("SELECT * FROM (" + FINDINGS + ") f WHERE f.solution_id = :id "
                + "ORDER BY f.severity_rank DESC, f.code");
        query.setParameter("id", solutionId);
        query.setParameter("judgedAs", tierId == null ? "" : tierId);
        query.setParameter("now", Timestamps.now(clock));
        return map(query);
    }

    /** Findings across the inventory (archived solutions excluded), most severe first, keyset-paged. */
    List<ComplianceFindingDto> page(Filter filter, After after, int fetch) {
        StringBuilder sql =
                new StringBuilder("SELECT * FROM (" + FINDINGS + ") f WHERE f.lifecycle_state <> 'ARCHIVED'");
        Map<String, Object> params = new LinkedHashMap<>();
        equal(sql, params, "tier_id", filter.tierId());
        equal(
                sql,
                params,
                "severity",
                filter.severity() == null ? null : filter.severity().toString());
        equal(sql, params, "code", filter.code() == null ? null : filter.code().toString());
        equal(sql, params, "owning_team_id", filter.owningTeamId());
        equal(sql, params, "business_unit", filter.businessUnit());
        if (after != null) {
            sql.append(
                    " AND (f.severity_rank < :afterRank OR (f.severity_rank = :afterRank AND (f.solution_id > :afterId"
                            + " OR (f.solution_id = :afterId AND f.code > :afterCode))))");
            params.put("afterRank", after.severityRank());
            params.put("afterId", after.solutionId());
            params.put("afterCode", after.code());
        }
        sql.append(" ORDER BY f.severity_rank DESC, f.solution_id, f.code LIMIT :fetch");
        params.put("fetch", fetch);
        params.put("judgedAs", "");
        params.put("now", Timestamps.now(clock));
        Query query = em.createNativeQuery(sql.toString());
        params.forEach(query::setParameter);
        return map(query);
    }

    static int severityRank(FindingSeverityDto severity) {
        return switch (severity) {
            case HIGH -> 3;
            case MEDIUM -> 2;
            case LOW -> 1;
        };
    }

    private static void equal(StringBuilder sql, Map<String, Object> params, String column, Object value) {
        if (value != null) {
            sql.append(" AND f.").append(column).append(" = :").append(column);
            params.put(column, value);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<ComplianceFindingDto> map(Query query) {
        List<ComplianceFindingDto> findings = new ArrayList<>();
        for (Object[] row : (List<Object[]>) query.getResultList()) {
            findings.add(new ComplianceFindingDto()
                    .solutionId((UUID) row[0])
                    .solutionName((String) row[1])
                    .tierId((String) row[2])
                    .code(FindingCodeDto.fromValue((String) row[6]))
                    .severity(FindingSeverityDto.fromValue((String) row[7]))
                    .message((String) row[8]));
        }
        return findings;
    }
}
