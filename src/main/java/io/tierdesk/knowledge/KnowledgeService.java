package io.tierdesk.knowledge;

import io.tierdesk.api.model.KnowledgeArticleCreateDto;
import io.tierdesk.api.model.KnowledgeArticleDto;
import io.tierdesk.api.model.KnowledgeArticleStateDto;
import io.tierdesk.api.model.KnowledgeArticleUpdateDto;
import io.tierdesk.api.model.KnowledgeDraftFromTicketDto;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Forbidden;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import io.tierdesk.team.TeamService;
import io.tierdesk.ticket.Ticket;
import io.tierdesk.ticket.TicketService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Writing, publishing and retiring articles, drafting them from tickets, and recording what solved a ticket. */
@ApplicationScoped
class KnowledgeService {

    private final KnowledgeArticleRepository articles;
    private final KnowledgeAccess access;
    private final TeamService teams;
    private final TicketService tickets;
    private final Journal journal;
    private final Clock clock;

    KnowledgeService(
            KnowledgeArticleRepository articles,
            KnowledgeAccess access,
            TeamService teams,
            TicketService tickets,
            Journal journal,
            Clock clock) {
        this.articles = articles;
        this.access = access;
        this.teams = teams;
        this.tickets = tickets;
        this.journal = journal;
        this.clock = clock;
    }

    /** The article, or 404 when it does not exist or the caller may not see it. */
    KnowledgeArticle visible(UUID id) {
        KnowledgeArticle article = articles.findById(id);
        if (article == null || !access.canSee(article)) {
            throw new NotFound("knowledge article", id);
        }
        return article;
    }

    KnowledgeArticleDto toApi(KnowledgeArticle article) {
        return KnowledgeMapper.toApi(
                article, articles.deflections(List.of(article.id)).getOrDefault(article.id, 0L), today());
    }

    private static Journal.Subject subject(KnowledgeArticle article) {
        return Journal.Subject.of("knowledge_article", article.id);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    @Transactional
    KnowledgeArticle create(KnowledgeArticleCreateDto request) {
        KnowledgeArticle article = draft(
                request.getTitle(),
                request.getBody(),
                Enums.same(request.getLanguage(), KnowledgeLanguage.class),
                request.getOwnerSubject(),
                request.getOwnerTeamId());
        article.tags = distinct(request.getTags());
        article.categories =
                KnowledgeMapper.names(request.getCategories() == null ? List.of() : request.getCategories());
        article.solutionIds = distinct(request.getSolutionIds());
        article.reviewBy = request.getReviewBy();
        articles.persist(article);
        journal.created("knowledge_article.created", subject(article), article, this::toApi);
        return article;
    }

    /** A draft from a ticket flagged as a knowledge-base candidate; the draft keeps the ticket it came from. */
    @Transactional
    KnowledgeArticle draftFromTicket(UUID ticketId, KnowledgeDraftFromTicketDto request) {
        Ticket ticket = tickets.visible(ticketId);
        if (!ticket.kbCandidate) {
            throw new RuleViolation(
                    "not-a-knowledge-candidate",
                    "Not a knowledge-base candidate",
                    "Ticket " + ticketId + " is not flagged as a knowledge-base candidate.");
        }
        lock(ticket);
        if (articles.draftedFrom(ticketId)) {
            throw new Conflict("already-drafted", "An article was already drafted from ticket " + ticketId + ".");
        }
        String body = ticket.kbSummary != null
                ? ticket.kbSummary
                : ticket.description != null ? ticket.description : ticket.title;
        KnowledgeArticle article = draft(
                ticket.title,
                body,
                request.getLanguage() == null
                        ? KnowledgeLanguage.ENGLISH
                        : Enums.same(request.getLanguage(), KnowledgeLanguage.class),
                request.getOwnerSubject(),
                request.getOwnerTeamId());
        article.categories = new ArrayList<>(List.of(ticket.category.toString()));
        article.solutionIds =
                ticket.solutionId == null ? new ArrayList<>() : new ArrayList<>(List.of(ticket.solutionId));
        article.sourceTicketId = ticket.id;
        articles.persist(article);
        journal.created("knowledge_article.drafted_from_ticket", subject(article), article, this::toApi);
        return article;
    }

    @Transactional
    KnowledgeArticle update(UUID id, KnowledgeArticleUpdateDto change, String ifMatch) {
        KnowledgeArticle article = editable(id);
        ETags.checkIfMatch(ifMatch, article.version);
        if (article.state == KnowledgeArticleState.RETIRED) {
            throw new Conflict("article-retired", "A retired article is no longer edited.");
        }
        var before = toApi(article);
        if (change.getTitle() != null) {
            article.title = change.getTitle();
        }
        if (change.getBody() != null) {
            article.body = change.getBody();
        }
        if (change.getLanguage() != null) {
            article.language = Enums.same(change.getLanguage(), KnowledgeLanguage.class);
        }
        if (change.getTags() != null) {
            article.tags = distinct(change.getTags());
        }
        if (change.getCategories() != null) {
            article.categories = KnowledgeMapper.names(change.getCategories());
        }
        if (change.getSolutionIds() != null) {
            article.solutionIds = distinct(change.getSolutionIds());
        }
        if (change.getOwnerSubject() != null || change.getOwnerTeamId() != null) {
            if (change.getOwnerTeamId() != null) {
                teams.require(change.getOwnerTeamId(), "owner_team_id");
            }
            article.ownerSubject = change.getOwnerSubject();
            article.ownerTeamId = change.getOwnerTeamId();
        }
        if (change.getReviewBy() != null) {
            article.reviewBy = change.getReviewBy();
        }
        journal.changed("knowledge_article.updated", subject(article), article, before, this::toApi);
        return article;
    }

    @Transactional
    KnowledgeArticle transition(UUID id, KnowledgeArticleStateDto requested, String ifMatch) {
        KnowledgeArticleState to = Enums.same(requested, KnowledgeArticleState.class);
        KnowledgeArticle article = editable(id);
        ETags.checkIfMatch(ifMatch, article.version);
        KnowledgeStates.check(article.state, to);
        var before = toApi(article);
        OffsetDateTime now = Timestamps.now(clock);
        article.state = to;
        if (to == KnowledgeArticleState.PUBLISHED) {
            article.publishedAt = now;
        } else {
            article.retiredAt = now;
        }
        journal.changed(
                now,
                "knowledge_article." + to.toString().toLowerCase(),
                subject(article),
                article,
                before,
                this::toApi);
        return article;
    }

    /** Records the published article that solved the ticket, replacing an earlier link. */
    @Transactional
    TicketKnowledgeLink link(UUID ticketId, UUID articleId) {
        Ticket ticket = tickets.visible(ticketId);
        KnowledgeArticle article = articles.findById(articleId);
        if (article == null || article.state != KnowledgeArticleState.PUBLISHED) {
            throw new RuleViolation(
                    "article-not-published",
                    "Article not published",
                    "The article_id '" + articleId + "' names no published article.");
        }
        lock(ticket);
        var em = articles.getEntityManager();
        TicketKnowledgeLink link = em.find(TicketKnowledgeLink.class, ticket.id);
        String before = link == null ? null : link.articleId.toString();
        if (link == null) {
            link = new TicketKnowledgeLink();
            link.ticketId = ticket.id;
            link.articleId = article.id;
            link.linkedBy = access.subject();
            link.linkedAt = Timestamps.now(clock);
            em.persist(link);
        } else {
            link.articleId = article.id;
            link.linkedBy = access.subject();
            link.linkedAt = Timestamps.now(clock);
        }
        em.flush();
        journal.record(
                "ticket.knowledge_linked",
                Journal.Subject.of("ticket", ticket.id),
                before == null ? null : Map.of("knowledge_article_id", before),
                Map.of("knowledge_article_id", article.id.toString()));
        return link;
    }

    /** Serialises knowledge changes made from one ticket, so concurrent requests see each other's draft or link. */
    private void lock(Ticket ticket) {
        articles.getEntityManager().lock(ticket, LockModeType.PESSIMISTIC_WRITE);
    }

    private KnowledgeArticle editable(UUID id) {
        KnowledgeArticle article = visible(id);
        if (!access.canEdit(article)) {
            throw new Forbidden("Only help desk, platform, admin and the article's owners change it.");
        }
        return article;
    }

    private KnowledgeArticle draft(
            String title, String body, KnowledgeLanguage language, String ownerSubject, UUID ownerTeamId) {
        if (ownerTeamId != null) {
            teams.require(ownerTeamId, "owner_team_id");
        }
        KnowledgeArticle article = new KnowledgeArticle();
        article.id = UUID.randomUUID();
        article.title = title;
        article.body = body;
        article.language = language;
        article.ownerSubject = ownerSubject == null && ownerTeamId == null ? access.subject() : ownerSubject;
        article.ownerTeamId = ownerTeamId;
        article.state = KnowledgeArticleState.DRAFT;
        article.createdBy = access.subject();
        return article;
    }

    private static <T> List<T> distinct(List<T> values) {
        return values == null
                ? new ArrayList<>()
                : new ArrayList<>(values.stream().distinct().toList());
    }
}
