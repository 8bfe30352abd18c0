package io.tierdesk.report;

import io.tierdesk.api.model.BusinessUnitRowDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.List;

/**
 * Where a business-area support team is warranted: per business unit, the solutions it runs (by tier, and how many
 * have no support team) and the support work they caused in the period. One SQL statement.
 */
@ApplicationScoped
class BusinessUnitReports {

    private static final double SECONDS_PER_WEEK = Duration.ofDays(7).getSeconds();

    private static final String WORKLOAD = """
            WITH units AS (
                SELECT s.business_unit, count(*) AS solutions,
                       count(*) FILTER (WHERE s.tier_id = 'productivity') AS productivity,
                       count(*) FILTER (WHERE s.tier_id = 'important') AS important,
                       count(*) FILTER (WHERE s.tier_id = 'critical') AS critical,
                       count(*) FILTER (WHERE s.owning_team_id IS NULL) AS without_team
                FROM solutions s WHERE s.lifecycle_state <> 'ARCHIVED'
                GROUP BY s.business_unit),
            raised AS (
                SELECT s.business_unit, count(*) AS tickets,
                       count(*) FILTER (WHERE t.status NOT IN ('RESOLVED', 'CLOSED')) AS open
                FROM tickets t JOIN solutions s ON s.id = t.solution_id
                WHERE t.created_at >= :since AND t.created_at < :until
                GROUP BY s.business_unit),
            escalated AS (
                SELECT s.business_unit, count(*) AS escalations
                FROM ticket_history h JOIN tickets t ON t.id = h.ticket_id JOIN solutions s ON s.id = t.solution_id
                WHERE h.kind = 'ESCALATED' AND h.at >= :since AND h.at < :until
                GROUP BY s.business_unit)
            SELECT u.business_unit, u.solutions, u.productivity, u.important, u.critical, u.without_team,
                   coalesce(r.tickets, 0), coalesce(r.open, 0), coalesce(e.escalations, 0)
            FROM units u
            LEFT JOIN raised r ON r.business_unit IS NOT DISTINCT FROM u.business_unit
            LEFT JOIN escalated e ON e.business_unit IS NOT DISTINCT FROM u.business_unit
            ORDER BY coalesce(r.tickets, 0) DESC, u.solutions DESC, u.business_unit NULLS LAST""";

    private final EntityManager em;

    BusinessUnitReports(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    List<BusinessUnitRowDto> workload(ReportPeriod period) {
        double weeks = Duration.between(period.since(), period.until()).getSeconds() / SECONDS_PER_WEEK;
        List<Object[]> rows = em.createNativeQuery(WORKLOAD)
                .setParameter("since", period.since())
                .setParameter("until", period.until())
                .getResultList();
        return rows.stream()
                .map(row -> new BusinessUnitRowDto()
                        .businessUnit((String) row[0])
                        .solutions(number(row[1]))
                        .productivitySolutions(number(row[2]))
                        .importantSolutions(number(row[3]))
                        .criticalSolutions(number(row[4]))
                        .solutionsWithoutTeam(number(row[5]))
                        .tickets(number(row[6]))
                        .openTickets(number(row[7]))
                        .escalations(number(row[8]))
                        .ticketsPerWeek(number(row[6]) / weeks))
                .toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
