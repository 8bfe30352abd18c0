package io.tierdesk.knowledge;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tierdesk.api.model.KnowledgeArticleStateDto;
import io.tierdesk.common.Enums;
import io.tierdesk.ticketterms.TicketCategory;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class KnowledgeArticleRepository implements PanacheRepositoryBase<KnowledgeArticle, UUID> {

    record Filter(KnowledgeArticleStateDto state, String tag, TicketCategory category, UUID solutionId) {}

    /** Whose articles a caller who does not read everything may see besides the published ones. */
    record Reader(String subject, Set<UUID> teams) {}

    /** A search hit: the article's id and its ts_rank. */
    record Hit(UUID id, double rank) {}

    /** Newest first; {@code reader} null means every article. */
    List<KnowledgeArticle> page(Filter filter, Reader reader, OffsetDateTime afterCreated, UUID afterId, int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (filter.state() != null) {
            where.append(" and state = :state");
            params.put("state", Enums.same(filter.state(), KnowledgeArticleState.class));
        }
        if (filter.tag() != null) {
            where.append(" and array_contains(tags, :tag)");
            params.put("tag", filter.tag());
        }
        if (filter.category() != null) {
            where.append(" and array_contains(categories, :category)");
            params.put("category", filter.category().name());
        }
        if (filter.solutionId() != null) {
            where.append(" and array_contains(solutionIds, :solutionId)");
            params.put("solutionId", filter.solutionId());
        }
        if (reader != null) {
            where.append(" and (state = :published or ")
                    .append(ownedBy(reader, params))
                    .append(")");
            params.put("published", KnowledgeArticleState.PUBLISHED);
        }
        if (afterCreated != null) {
            where.append(" and (createdAt < :afterCreated or (createdAt = :afterCreated and id < :afterId))");
            params.put("afterCreated", afterCreated);
            params.put("afterId", afterId);
        }
        return find(where + " order by createdAt desc, id desc", params)
                .page(0, fetch)
                .list();
    }

    /** The reader's published articles whose review date is before today, the longest overdue first. */
    List<KnowledgeArticle> stale(Reader reader, LocalDate today, LocalDate afterReviewBy, UUID afterId, int fetch) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where =
                new StringBuilder("state = :published and reviewBy < :today and ").append(ownedBy(reader, params));
        params.put("published", KnowledgeArticleState.PUBLISHED);
        params.put("today", today);
        if (afterReviewBy != null) {
            where.append(" and (reviewBy > :afterReviewBy or (reviewBy = :afterReviewBy and id > :afterId))");
            params.put("afterReviewBy", afterReviewBy);
            params.put("afterId", afterId);
        }
        return find(where + " order by reviewBy, id", params).page(0, fetch).list();
    }

    private static String ownedBy(Reader reader, Map<String, Object> params) {
        params.put("me", reader.subject());
        if (reader.teams().isEmpty()) {
            return "(ownerSubject = :me)";
        }
        params.put("myTeams", reader.teams());
        return "(ownerSubject = :me or ownerTeamId in :myTeams)";
    }

    /**
     * The best published matches, best first. The query is parsed in each article's own language; the two
     * language-specific conditions let PostgreSQL use the GIN index for each.
     */
    List<Hit> search(String query, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("""
                SELECT a.id, ts_rank(a.search_vector, CASE a.language
                           WHEN 'spanish' THEN websearch_to_tsquery('spanish', ?1)
                           ELSE websearch_to_tsquery('english', ?1) END) AS rank
                FROM knowledge_articles a
                WHERE a.state = 'PUBLISHED'
                  AND ((a.language = 'english' AND a.search_vector @@ websearch_to_tsquery('english', ?1))
                    OR (a.language = 'spanish' AND a.search_vector @@ websearch_to_tsquery('spanish', ?1)))
                ORDER BY rank DESC, a.id
                LIMIT ?2""")
                .setParameter(1, query)
                .setParameter(2, limit)
                .getResultList();
        return rows.stream()
                .map(row -> new Hit((UUID) row[0], ((Number) row[1]).doubleValue()))
                .toList();
    }

    List<KnowledgeArticle> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** How many tickets each article solved. */
    Map<UUID, Long> deflections(Collection<UUID> articleIds) {
        Map<UUID, Long> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        getEntityManager()
                .createQuery("""
                select l.articleId, count(l) from TicketKnowledgeLink l
                where l.articleId in :ids group by l.articleId""", Object[].class)
                .setParameter("ids", articleIds)
                .getResultList()
                .forEach(row -> counts.put((UUID) row[0], (Long) row[1]));
        return counts;
    }

    boolean draftedFrom(UUID ticketId) {
        return count("sourceTicketId", ticketId) > 0;
    }

    /**
     * Claims published articles past their review date that were not yet reported stale for that date, and
     * records the date in the same statement. Replicas skip rows another one holds, and a claimed row no longer
     * qualifies, so each article is reported once per review date.
     */
    List<UUID> claimNewlyStale(LocalDate today, int max) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery("""
                UPDATE knowledge_articles a SET stale_notified_for = a.review_by
                WHERE a.stale_notified_for IS DISTINCT FROM a.review_by AND a.id IN (
                    SELECT s.id FROM knowledge_articles s
                    WHERE s.state = 'PUBLISHED' AND s.review_by < ?1
                      AND s.stale_notified_for IS DISTINCT FROM s.review_by
                    ORDER BY s.review_by, s.id
                    LIMIT ?2
                    FOR UPDATE SKIP LOCKED)
                RETURNING a.id""", UUID.class)
                .setParameter(1, today)
                .setParameter(2, max)
                .getResultList();
        return ids;
    }
}
