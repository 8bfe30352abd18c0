package io.tierdesk.report;

import io.tierdesk.api.model.EscalationRowDto;
import io.tierdesk.api.model.SlaAttainmentRowDto;
import io.tierdesk.api.model.SupportLevelDto;
import io.tierdesk.api.model.TicketCategoryDto;
import io.tierdesk.api.model.TicketVolumeRowDto;
import io.tierdesk.common.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Aggregates computed by PostgreSQL; nothing here loads tickets into memory. */
@ApplicationScoped
class ReportService {

    private static final Set<String> BUCKETS = Set.of("day", "week", "month");

    private static final String VOLUME = """
            SELECT bucket, support_level, category, sum(created), sum(resolved) FROM (
                SELECT date_trunc(?3, created_at AT TIME ZONE 'UTC') AS bucket, support_level, category,
                       1 AS created, 0 AS resolved
                FROM tickets WHERE created_at >= ?1 AND created_at < ?2
                UNION ALL
                SELECT date_trunc(?3, resolved_at AT TIME ZONE 'UTC'), support_level, category, 0, 1
                FROM tickets WHERE resolved_at >= ?1 AND resolved_at < ?2
            ) counted
            GROUP BY bucket, support_level, category
            ORDER BY bucket, support_level, category""";

    private static final String ESCALATIONS = """
            WITH arrivals AS (
                SELECT to_level AS level, count(DISTINCT ticket_id) AS tickets
                FROM ticket_history WHERE to_level IS NOT NULL AND at >= ?1 AND at < ?2
                GROUP BY to_level),
            steps AS (
                SELECT from_level, to_level, count(DISTINCT ticket_id) AS escalated
                FROM ticket_history WHERE kind = 'ESCALATED' AND at >= ?1 AND at < ?2
                GROUP BY from_level, to_level)
            SELECT path.from_level, path.to_level, coalesce(arrivals.tickets, 0), coalesce(steps.escalated, 0)
            FROM (VALUES (1, 'MAKER', 'TEAM'), (2, 'TEAM', 'PLATFORM'), (3, 'HELP_DESK', 'PLATFORM'),
                         (4, 'PLATFORM', 'PARTNER'), (5, 'PLATFORM', 'VENDOR'), (6, 'PARTNER', 'VENDOR'))
                 AS path (step, from_level, to_level)
            LEFT JOIN arrivals ON arrivals.level = path.from_level
            LEFT JOIN steps ON steps.from_level = path.from_level AND steps.to_level = path.to_level
            ORDER BY path.step""";

    private static final Map<String, String> GROUPS = Map.of(
            "tier", "t.tier_id",
            "priority", "t.priority",
            "team", "coalesce(CAST(t.team_id AS varchar), 'none')",
            "level", "t.support_level");

    private static final String ATTAINMENT = """
            WITH per_ticket AS (
                SELECT t.id, %s AS grp,
                       bool_or(c.ever_breached) AS breached,
                       bool_or(c.metric = 'RESOLUTION' AND c.stopped_at IS NOT NULL) AS resolved,
                       max(c.elapsed_seconds) FILTER (WHERE c.metric = 'FIRST_RESPONSE') AS first_response,
                       max(c.elapsed_seconds) FILTER (WHERE c.metric = 'RESOLUTION') AS resolution
                FROM tickets t JOIN sla_clocks c ON c.ticket_id = t.id
                WHERE t.created_at >= ?1 AND t.created_at < ?2
                GROUP BY t.id, grp)
            SELECT grp, count(*),
                   count(*) FILTER (WHERE resolved AND NOT breached),
                   count(*) FILTER (WHERE breached),
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response) / 60,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY resolution) / 60
            FROM per_ticket
            GROUP BY grp
            ORDER BY grp""";

    private final EntityManager em;

    ReportService(EntityManager em) {
        this.em = em;
    }

    List<TicketVolumeRowDto> ticketVolume(ReportPeriod period, String bucket) {
        if (!BUCKETS.contains(bucket)) {
            throw InvalidInput.field("bucket", "must be one of day, week, month");
        }
        return rows(VOLUME, period, bucket).stream()
                .map(row -> new TicketVolumeRowDto()
                        .bucketStart(((LocalDateTime) row[0]).atOffset(ZoneOffset.UTC))
                        .supportLevel(SupportLevelDto.fromValue((String) row[1]))
                        .category(TicketCategoryDto.fromValue((String) row[2]))
                        .created(((Number) row[3]).longValue())
                        .resolved(((Number) row[4]).longValue()))
                .toList();
    }

    List<EscalationRowDto> escalations(ReportPeriod period) {
        return rows(ESCALATIONS, period, null).stream()
                .map(row -> {
                    long atLevel = ((Number) row[2]).longValue();
                    long escalated = ((Number) row[3]).longValue();
                    return new EscalationRowDto()
                            .fromLevel(SupportLevelDto.fromValue((String) row[0]))
                            .toLevel(SupportLevelDto.fromValue((String) row[1]))
                            .ticketsAtLevel(atLevel)
                            .escalated(escalated)
                            .rate(atLevel == 0 ? 0.0 : (double) escalated / atLevel);
                })
                .toList();
    }

    List<SlaAttainmentRowDto> slaAttainment(ReportPeriod period, String groupBy) {
        String group = GROUPS.get(groupBy);
        if (group == null) {
            throw InvalidInput.field("group_by", "must be one of tier, priority, team, level");
        }
        return rows(String.format(ATTAINMENT, group), period, null).stream()
                .map(row -> {
                    long met = ((Number) row[2]).longValue();
                    long breached = ((Number) row[3]).longValue();
                    return new SlaAttainmentRowDto()
                            .group((String) row[0])
                            .tickets(((Number) row[1]).longValue())
                            .met(met)
                            .breached(breached)
                            .attainmentPercent(met + breached == 0 ? null : 100.0 * met / (met + breached))
                            .medianFirstResponseMinutes(row[4] == null ? null : ((Number) row[4]).doubleValue())
                            .medianResolutionMinutes(row[5] == null ? null : ((Number) row[5]).doubleValue());
                })
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, ReportPeriod period, String bucket) {
        var query = em.createNativeQuery(sql).setParameter(1, period.since()).setParameter(2, period.until());
        if (bucket != null) {
            query.setParameter(3, bucket);
        }
        return query.getResultList();
    }
}
