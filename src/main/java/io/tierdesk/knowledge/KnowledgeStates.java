package io.tierdesk.knowledge;

import io.tierdesk.api.model.KnowledgeArticleStateDto;
import io.tierdesk.common.Conflict;

/** The article lifecycle: DRAFT → PUBLISHED → RETIRED, nothing else. */
final class KnowledgeStates {

    private KnowledgeStates() {
    }

    static boolean allowed(KnowledgeArticleStateDto from, KnowledgeArticleStateDto to) {
        return (from == KnowledgeArticleStateDto.DRAFT && to == KnowledgeArticleStateDto.PUBLISHED)
                || (from == KnowledgeArticleStateDto.PUBLISHED && to == KnowledgeArticleStateDto.RETIRED);
    }

    static void check(KnowledgeArticleStateDto from, KnowledgeArticleStateDto to) {
        if (!allowed(from, to)) {
            throw new Conflict("illegal-article-transition",
                    "A " + from + " article cannot move to " + to + "; articles go DRAFT → PUBLISHED → RETIRED.");
        }
    }
}
