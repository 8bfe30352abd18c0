package io.tierdesk.knowledge;

import io.tierdesk.common.Caller;
import io.tierdesk.common.Roles;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.UUID;

/**
 * Who reads and who writes articles. Help desk, platform and admin write every article, and with auditors read
 * every one; everybody else reads published articles, and owners (the subject, or members of the owning team)
 * also read and edit their own.
 */
@RequestScoped
class KnowledgeAccess {

    private final Caller caller;

    KnowledgeAccess(Caller caller) {
        this.caller = caller;
    }

    boolean writesAll() {
        return caller.isAny(Roles.SUPPORT);
    }

    boolean readsAll() {
        return writesAll() || caller.is(Roles.AUDITOR);
    }

    boolean owns(KnowledgeArticle article) {
        return caller.subject().equals(article.ownerSubject)
                || (article.ownerTeamId != null && caller.teams().contains(article.ownerTeamId));
    }

    boolean canSee(KnowledgeArticle article) {
        return readsAll() || article.state == KnowledgeArticleState.PUBLISHED || owns(article);
    }

    boolean canEdit(KnowledgeArticle article) {
        return writesAll() || owns(article);
    }

    String subject() {
        return caller.subject();
    }

    Set<UUID> teams() {
        return caller.teams();
    }
}
