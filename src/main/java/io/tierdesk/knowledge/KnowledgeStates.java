package io.tierdesk.knowledge;

import io.tierdesk.common.Conflict;

/** The article lifecycle: DRAFT → PUBLISHED → RETIRED, nothing else. */
final class KnowledgeStates {

    private KnowledgeStates() {}

    static boolean allowed(KnowledgeArticleState from, KnowledgeArticleState to) {
        return (from == KnowledgeArticleState.DRAFT && to == KnowledgeArticleState.PUBLISHED)
                || (from == KnowledgeArticleState.PUBLISHED && to == KnowledgeArticleState.RETIRED);
    }

    static void check(KnowledgeArticleState from, KnowledgeArticleState to) {
        if (!allowed(from, to)) {
            throw new Conflict(
                    "illegal-article-transition",
                    "A " + from + " article cannot move to " + to + "; articles go DRAFT → PUBLISHED → RETIRED.");
        }
    }
}
