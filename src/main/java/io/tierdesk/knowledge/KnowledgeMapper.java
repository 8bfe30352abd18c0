package io.tierdesk.knowledge;

import io.tierdesk.api.model.KnowledgeArticleDto;
import io.tierdesk.api.model.KnowledgeArticleStateDto;
import io.tierdesk.api.model.KnowledgeLanguageDto;
import io.tierdesk.api.model.KnowledgeSearchHitDto;
import io.tierdesk.api.model.TicketCategoryDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Timestamps;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Articles on the wire. */
final class KnowledgeMapper {

    private KnowledgeMapper() {}

    static KnowledgeArticleDto toApi(KnowledgeArticle article, long deflections, LocalDate today) {
        return new KnowledgeArticleDto()
                .id(article.id)
                .title(article.title)
                .body(article.body)
                .language(Enums.same(article.language, KnowledgeLanguageDto.class))
                .tags(List.copyOf(article.tags))
                .categories(categories(article.categories))
                .solutionIds(List.copyOf(article.solutionIds))
                .ownerSubject(article.ownerSubject)
                .ownerTeamId(article.ownerTeamId)
                .state(Enums.same(article.state, KnowledgeArticleStateDto.class))
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

    static KnowledgeSearchHitDto toHit(KnowledgeArticle article, double rank) {
        return new KnowledgeSearchHitDto()
                .id(article.id)
                .title(article.title)
                .language(Enums.same(article.language, KnowledgeLanguageDto.class))
                .tags(List.copyOf(article.tags))
                .categories(categories(article.categories))
                .rank(rank);
    }

    static List<String> names(List<TicketCategoryDto> categories) {
        return categories == null
                ? null
                : new ArrayList<>(categories.stream()
                        .map(TicketCategoryDto::toString)
                        .distinct()
                        .toList());
    }

    private static List<TicketCategoryDto> categories(List<String> names) {
        return names.stream().map(TicketCategoryDto::fromValue).toList();
    }
}
