package io.tierdesk.report;

import io.tierdesk.api.model.KnowledgeCandidateReportDto;
import io.tierdesk.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Reports that feed the help desk's experience back to the platform team, computed by PostgreSQL. */
@ApplicationScoped
class FeedbackReports {

    private static final String KNOWLEDGE_CANDIDATES = """
            SELECT count(*), count(a.id), count(a.id) FILTER (WHERE a.published_at IS NOT NULL)
            FROM tickets t LEFT JOIN knowledge_articles a ON a.source_ticket_id = t.id
            WHERE t.kb_candidate AND t.created_at >= ?1 AND t.created_at < ?2""";

    private final EntityManager em;

    FeedbackReports(EntityManager em) {
        this.em = em;
    }

    KnowledgeCandidateReportDto knowledgeCandidates(ReportPeriod period) {
        Object[] row = (Object[]) em.createNativeQuery(KNOWLEDGE_CANDIDATES)
                .setParameter(1, period.since())
                .setParameter(2, period.until())
                .getSingleResult();
        long candidates = ((Number) row[0]).longValue();
        long drafted = ((Number) row[1]).longValue();
        return new KnowledgeCandidateReportDto()
                .since(Timestamps.utc(period.since()))
                .until(Timestamps.utc(period.until()))
                .candidates(candidates)
                .drafted(drafted)
                .published(((Number) row[2]).longValue())
                .conversionPercent(candidates == 0 ? null : 100.0 * drafted / candidates);
    }
}
