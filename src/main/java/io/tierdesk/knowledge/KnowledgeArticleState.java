package io.tierdesk.knowledge;

/** Where a knowledge article is in its life: drafted, published, retired; stored by name. */
public enum KnowledgeArticleState {
    DRAFT,
    PUBLISHED,
    RETIRED
}
