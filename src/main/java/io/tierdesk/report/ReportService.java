package io.tierdesk.report;

import io.tierdesk.api.model.EscalationRow;
import io.tierdesk.api.model.SupportLevel;
import io.tierdesk.api.model.TicketCategory;
import io.tierdesk.api.model.TicketVolumeRow;
import io.tierdesk.common.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
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

    private final EntityManager em;

    ReportService(EntityManager em) {
        this.em = em;
    }

    List<TicketVolumeRow> ticketVolume(ReportPeriod period, String bucket) {
        if (!BUCKETS.contains(bucket)) {
            throw ProblemException.invalidField("bucket", "must be one of day, week, month");
        }
        return rows(VOLUME, period, bucket).stream().map(row -> new TicketVolumeRow()
                .bucketStart(((LocalDateTime) row[0]).atOffset(ZoneOffset.UTC))
                .supportLevel(SupportLevel.fromValue((String) row[1]))
                .category(TicketCategory.fromValue((String) row[2]))
                .created(((Number) row[3]).longValue())
                .resolved(((Number) row[4]).longValue())).toList();
    }

    List<EscalationRow> escalations(ReportPeriod period) {
        return rows(ESCALATIONS, period, null).stream().map(row -> {
            long atLevel = ((Number) row[2]).longValue();
            long escalated = ((Number) row[3]).longValue();
            return new EscalationRow()
                    .fromLevel(SupportLevel.fromValue((String) row[0]))
                    .toLevel(SupportLevel.fromValue((String) row[1]))
                    .ticketsAtLevel(atLevel)
                    .escalated(escalated)
                    .rate(atLevel == 0 ? 0.0 : (double) escalated / atLevel);
        }).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, ReportPeriod period, String bucket) {
        var query = em.createNativeQuery(sql)
                .setParameter(1, period.since())
                .setParameter(2, period.until());
        if (bucket != null) {
            query.setParameter(3, bucket);
        }
        return query.getResultList();
    }
}
