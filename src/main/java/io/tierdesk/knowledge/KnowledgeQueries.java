package io.tierdesk.knowledge;

import io.tierdesk.api.model.KnowledgeArticleDto;
import io.tierdesk.api.model.KnowledgeSearchHitDto;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The article lists and the ranked search, each with the deflection counts of the articles it returns. */
@ApplicationScoped
class KnowledgeQueries {

    static final int MAX_HITS = 50;

    private final KnowledgeArticleRepository articles;
    private final KnowledgeAccess access;
    private final KnowledgeService service;
    private final Pager pager;

    KnowledgeQueries(
            KnowledgeArticleRepository articles, KnowledgeAccess access, KnowledgeService service, Pager pager) {
        this.articles = articles;
        this.access = access;
        this.service = service;
        this.pager = pager;
    }

    Page<KnowledgeArticleDto> page(KnowledgeArticleRepository.Filter filter, Integer limit, String cursor) {
        var reader = access.readsAll() ? null : reader();
        Page<KnowledgeArticle> page = pager.page(
                "knowledge-articles:" + filter,
                limit,
                cursor,
                2,
                (after, fetch) -> articles.page(filter, reader, after.time(0), after.id(1), fetch),
                article -> List.of(article.createdAt.toString(), article.id.toString()));
        return withDeflections(page);
    }

    Page<KnowledgeArticleDto> stale(Integer limit, String cursor) {
        LocalDate today = service.today();
        Page<KnowledgeArticle> page = pager.page(
                "knowledge-articles:stale:" + today,
                limit,
                cursor,
                2,
                (after, fetch) -> articles.stale(reader(), today, after.date(0), after.id(1), fetch),
                article -> List.of(article.reviewBy.toString(), article.id.toString()));
        return withDeflections(page);
    }

    List<KnowledgeSearchHitDto> search(String query, Integer limit) {
        int top = limit == null ? 10 : Math.max(1, Math.min(MAX_HITS, limit));
        var hits = articles.search(query, top);
        Map<UUID, KnowledgeArticle> byId =
                articles
                        .byIds(hits.stream()
                                .map(KnowledgeArticleRepository.Hit::id)
                                .toList())
                        .stream()
                        .collect(Collectors.toMap(article -> article.id, Function.identity()));
        return hits.stream()
                .map(hit -> KnowledgeMapper.toHit(byId.get(hit.id()), hit.rank()))
                .toList();
    }

    private KnowledgeArticleRepository.Reader reader() {
        return new KnowledgeArticleRepository.Reader(access.subject(), access.teams());
    }

    private Page<KnowledgeArticleDto> withDeflections(Page<KnowledgeArticle> page) {
        Map<UUID, Long> counts = articles.deflections(
                page.items().stream().map(article -> article.id).toList());
        LocalDate today = service.today();
        return page.map(article -> KnowledgeMapper.toApi(article, counts.getOrDefault(article.id, 0L), today));
    }
}
