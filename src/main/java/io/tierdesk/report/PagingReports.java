package io.tierdesk.report;

import io.tierdesk.api.model.PagePersonRowDto;
import io.tierdesk.api.model.PageReportRowDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;

/**
 * What paging asks of people, over the pages raised in the period: per team and per tier how quickly pages were
 * acknowledged and resolved and how many went unanswered; per person notified, how often they were reached.
 */
@ApplicationScoped
class PagingReports {

    private static final String BY_GROUP = """
            SELECT %s AS key, count(*),
                   count(*) FILTER (WHERE p.first_acknowledged_at IS NOT NULL),
                   count(*) FILTER (WHERE p.resolved_at IS NOT NULL),
                   count(*) FILTER (WHERE p.unanswered_at IS NOT NULL),
                   round(avg(extract(epoch FROM p.first_acknowledged_at - p.created_at))),
                   round(max(extract(epoch FROM p.first_acknowledged_at - p.created_at))),
                   round(avg(extract(epoch FROM p.resolved_at - p.created_at))),
                   round(max(extract(epoch FROM p.resolved_at - p.created_at)))
            FROM pages p
            WHERE p.created_at >= ?1 AND p.created_at < ?2
            GROUP BY 1
            ORDER BY 2 DESC, 1""";

    private static final String BY_PERSON = """
            SELECT s.subject, sum(s.notifications), count(*) FILTER (WHERE s.notifications > 0), sum(s.acknowledged)
            FROM (SELECT e.subject, e.page_id,
                         count(*) FILTER (WHERE e.kind IN ('TRIGGERED', 'ESCALATED')) AS notifications,
                         count(*) FILTER (WHERE e.kind = 'ACKNOWLEDGED') AS acknowledged
                  FROM page_events e JOIN pages p ON p.id = e.page_id
                  WHERE p.created_at >= ?1 AND p.created_at < ?2 AND e.subject IS NOT NULL
                    AND e.kind IN ('TRIGGERED', 'ESCALATED', 'ACKNOWLEDGED')
                  GROUP BY e.subject, e.page_id) s
            GROUP BY s.subject
            ORDER BY 2 DESC, 1""";

    private final EntityManager em;

    PagingReports(EntityManager em) {
        this.em = em;
    }

    List<PageReportRowDto> byTeam(ReportPeriod period) {
        return byGroup("coalesce(p.team_id::text, '')", period);
    }

    List<PageReportRowDto> byTier(ReportPeriod period) {
        return byGroup("p.tier_id", period);
    }

    List<PagePersonRowDto> byPerson(ReportPeriod period) {
        return rows(BY_PERSON, period).stream()
                .map(row -> new PagePersonRowDto()
                        .subject((String) row[0])
                        .notifications(number(row[1]))
                        .pages(number(row[2]))
                        .acknowledged(number(row[3])))
                .toList();
    }

    private List<PageReportRowDto> byGroup(String key, ReportPeriod period) {
        return rows(BY_GROUP.formatted(key), period).stream()
                .map(row -> new PageReportRowDto()
                        .key((String) row[0])
                        .pages(number(row[1]))
                        .acknowledged(number(row[2]))
                        .resolved(number(row[3]))
                        .unanswered(number(row[4]))
                        .meanSecondsToAcknowledge(number(row[5]))
                        .maxSecondsToAcknowledge(number(row[6]))
                        .meanSecondsToResolve(number(row[7]))
                        .maxSecondsToResolve(number(row[8])))
                .toList();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, ReportPeriod period) {
        return em.createNativeQuery(sql)
                .setParameter(1, period.since())
                .setParameter(2, period.until())
                .getResultList();
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }
}
