package io.tierdesk.knowledge;

import io.tierdesk.api.model.KnowledgeSearchHit;
import io.tierdesk.api.model.TicketCategory;
import io.tierdesk.common.Timestamps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Articles on the wire. */
final class KnowledgeMapper {

    private KnowledgeMapper() {
    }

    static io.tierdesk.api.model.KnowledgeArticle toApi(KnowledgeArticle article, long deflections, LocalDate today) {
        return new io.tierdesk.api.model.KnowledgeArticle()
                .id(article.id)
                .title(article.title)
                .body(article.body)
                .language(article.language)
                .tags(List.copyOf(article.tags))
                .categories(categories(article.categories))
                .solutionIds(List.copyOf(article.solutionIds))
                .ownerSubject(article.ownerSubject)
                .ownerTeamId(article.ownerTeamId)
                .state(article.state)
                .reviewBy(article.reviewBy)
                .stale(article.staleOn(today))
                .deflections(deflections)
                .sourceTicketId(article.sourceTicketId)
                .createdBy(article.createdBy)
                .publishedAt(Timestamps.utc(article.publishedAt))
                .retiredAt(Timestamps.utc(article.retiredAt))
                .version(article.version)
                .createdAt(Timestamps.utc(article.createdAt))
                .updatedAt(Timestamps.utc(article.updatedAt));
    }

    static KnowledgeSearchHit toHit(KnowledgeArticle article, double rank) {
        return new KnowledgeSearchHit()
                .id(article.id)
                .title(article.title)
                .language(article.language)
                .tags(List.copyOf(article.tags))
                .categories(categories(article.categories))
                .rank(rank);
    }

    static List<String> names(List<TicketCategory> categories) {
        return categories == null ? null
                : new ArrayList<>(categories.stream().map(TicketCategory::toString).distinct().toList());
    }

    private static List<TicketCategory> categories(List<String> names) {
        return names.stream().map(TicketCategory::fromValue).toList();
    }
}
