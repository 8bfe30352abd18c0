package io.tierdesk.report;

import io.tierdesk.api.model.AutomationCandidateRowDto;
import io.tierdesk.api.model.RepeatIssueRowDto;
import io.tierdesk.api.model.TicketCategoryDto;
import io.tierdesk.api.model.TopVolumeRowDto;
import io.tierdesk.api.model.WorkloadRowDto;
import io.tierdesk.common.InvalidInput;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the help desk's workload tells the platform team: load per team and member, where the volume comes from,
 * issues that recur, and requests people handle by hand. Each is one SQL statement over tickets raised in the
 * period, optionally only those routed to one team.
 */
@ApplicationScoped
class CapacityReports {

    static final int MAX_TOP = 100;
    private static final double SECONDS_PER_WEEK = Duration.ofDays(7).getSeconds();

    private static final String WORKLOAD = """
            WITH per_ticket AS (
                SELECT t.id, t.team_id, t.assignee, t.status NOT IN ('RESOLVED', 'CLOSED') AS open,
                       coalesce(bool_or(c.ever_breached), false) AS breached,
                       coalesce(bool_or(c.metric = 'RESOLUTION' AND c.stopped_at IS NOT NULL), false) AS met_or_late
                FROM tickets t LEFT JOIN sla_clocks c ON c.ticket_id = t.id
                WHERE t.team_id IS NOT NULL AND t.created_at >= :since AND t.created_at < :until %s
                GROUP BY t.id)
            SELECT team_id, assignee, GROUPING(assignee), count(*), count(*) FILTER (WHERE open),
                   count(*) FILTER (WHERE met_or_late AND NOT breached), count(*) FILTER (WHERE breached)
            FROM per_ticket
            GROUP BY GROUPING SETS ((team_id), (team_id, assignee))
            HAVING GROUPING(assignee) = 1 OR assignee IS NOT NULL
            ORDER BY team_id, GROUPING(assignee) DESC, assignee""";

    private static final Map<String, String> VOLUME_KEYS = Map.of(
            "category", "t.category",
            "solution", "CAST(t.solution_id AS varchar)");

    private static final String TOP_VOLUME = """
            SELECT %1$s AS key, count(*) AS n FROM tickets t
            WHERE t.created_at >= :since AND t.created_at < :until AND %1$s IS NOT NULL %2$s
            GROUP BY key ORDER BY n DESC, key LIMIT :extra""";

    private static final String REPEAT_ISSUES = """
            SELECT t.solution_id, t.category, count(*) AS n,
                   min(t.created_at) AT TIME ZONE 'UTC', max(t.created_at) AT TIME ZONE 'UTC'
            FROM tickets t
            WHERE t.solution_id IS NOT NULL AND t.created_at >= :since AND t.created_at < :until %s
            GROUP BY t.solution_id, t.category HAVING count(*) >= :extra
            ORDER BY n DESC, t.solution_id, t.category""";

    private static final String AUTOMATION_CANDIDATES = """
            SELECT date_trunc('week', t.created_at AT TIME ZONE 'UTC') AS week, t.category, count(*),
                   count(*) FILTER (WHERE t.status NOT IN ('RESOLVED', 'CLOSED'))
            FROM tickets t
            WHERE t.category IN ('ENVIRONMENT_REQUEST', 'CONNECTOR_REQUEST', 'ACCESS_REQUEST')
              AND t.created_at >= :since AND t.created_at < :until %s
            GROUP BY week, t.category ORDER BY week, t.category""";

    private final EntityManager em;

    CapacityReports(EntityManager em) {
        this.em = em;
    }

    List<WorkloadRowDto> workload(ReportPeriod period, UUID teamId) {
        double weeks = Duration.between(period.since(), period.until()).getSeconds() / SECONDS_PER_WEEK;
        return rows(WORKLOAD, period, teamId, null).stream()
                .map(row -> {
                    long tickets = number(row[3]);
                    long met = number(row[5]);
                    long breached = number(row[6]);
                    return new WorkloadRowDto()
                            .teamId((UUID) row[0])
                            .assignee(number(row[2]) == 1 ? null : (String) row[1])
                            .tickets(tickets)
                            .open(number(row[4]))
                            .ticketsPerWeek(tickets / weeks)
                            .slaMet(met)
                            .slaBreached(breached)
                            .attainmentPercent(met + breached == 0 ? null : 100.0 * met / (met + breached));
                })
                .toList();
    }

    List<TopVolumeRowDto> topVolume(ReportPeriod period, UUID teamId, String by, Integer top) {
        String key = VOLUME_KEYS.get(by);
        if (key == null) {
            throw InvalidInput.field("by", "must be one of category, solution");
        }
        int limit = top == null ? 10 : Math.max(1, Math.min(MAX_TOP, top));
        String sql = String.format(TOP_VOLUME, key, "%s");
        return rows(sql, period, teamId, limit).stream()
                .map(row -> new TopVolumeRowDto().key((String) row[0]).tickets(number(row[1])))
                .toList();
    }

    List<RepeatIssueRowDto> repeatIssues(ReportPeriod period, UUID teamId, int minTickets) {
        return rows(REPEAT_ISSUES, period, teamId, minTickets).stream()
                .map(row -> new RepeatIssueRowDto()
                        .solutionId((UUID) row[0])
                        .category(TicketCategoryDto.fromValue((String) row[1]))
                        .tickets(number(row[2]))
                        .firstAt(utc(row[3]))
                        .lastAt(utc(row[4])))
                .toList();
    }

    List<AutomationCandidateRowDto> automationCandidates(ReportPeriod period, UUID teamId) {
        return rows(AUTOMATION_CANDIDATES, period, teamId, null).stream()
                .map(row -> new AutomationCandidateRowDto()
                        .weekStart(utc(row[0]))
                        .category(TicketCategoryDto.fromValue((String) row[1]))
                        .tickets(number(row[2]))
                        .open(number(row[3])))
                .toList();
    }

    /** Runs a report's SQL: {@code %s} becomes the team filter when a team is given; :extra is a limit or threshold. */
    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, ReportPeriod period, UUID teamId, Object extra) {
        var query = em.createNativeQuery(String.format(sql, teamId == null ? "" : "AND t.team_id = :team"))
                .setParameter("since", period.since())
                .setParameter("until", period.until());
        if (teamId != null) {
            query.setParameter("team", teamId);
        }
        if (extra != null) {
            query.setParameter("extra", extra);
        }
        return query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static OffsetDateTime utc(Object localDateTime) {
        return ((LocalDateTime) localDateTime).atOffset(ZoneOffset.UTC);
    }
}
