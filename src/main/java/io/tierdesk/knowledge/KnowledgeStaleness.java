package io.tierdesk.knowledge;

import io.quarkus.scheduler.Scheduled;
import io.tierdesk.audit.AuditLog;
import io.tierdesk.common.BatchJob;
import io.tierdesk.event.EventType;
import io.tierdesk.event.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reports published articles that passed their review date, once per article and review date however many
 * replicas run the job: the claim records the review date it reported in the same statement (see
 * {@link KnowledgeArticleRepository#claimNewlyStale}). Setting a new review date arms the report again.
 */
@ApplicationScoped
public class KnowledgeStaleness {

    private final KnowledgeArticleRepository articles;
    private final AuditLog audit;
    private final Outbox outbox;
    private final Clock clock;
    private final BatchJob batches;
    private final int batchSize;

    KnowledgeStaleness(KnowledgeArticleRepository articles, AuditLog audit, Outbox outbox, Clock clock,
            BatchJob batches, KnowledgeStalenessConfig config) {
        this.articles = articles;
        this.audit = audit;
        this.outbox = outbox;
        this.clock = clock;
        this.batches = batches;
        this.batchSize = config.stalenessBatch();
    }

    @Scheduled(every = "{tierdesk.knowledge.staleness-every:1h}", delayed = "{tierdesk.knowledge.staleness-delay:1m}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledScan() {
        batches.untilShort(batchSize, this::markDue);
    }

    /** Reports one batch of newly stale articles; returns how many. */
    @Transactional
    @ActivateRequestContext
    public int markDue() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var claimed = articles.claimNewlyStale(today, batchSize);
        for (UUID id : claimed) {
            markStale(articles.findById(id));
        }
        return claimed.size();
    }

    /**
     * The one place an article is declared stale: the audit trail records it for its owner, and an event tells
     * webhook subscribers, in the same transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void markStale(KnowledgeArticle article) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        long deflections = articles.deflections(List.of(article.id)).getOrDefault(article.id, 0L);
        outbox.publish(EventType.KNOWLEDGE_ARTICLE_STALE, article.id, null, article.ownerTeamId,
                KnowledgeMapper.toApi(article, deflections, today));
        Map<String, Object> stale = new LinkedHashMap<>();
        stale.put("id", article.id.toString());
        stale.put("title", article.title);
        stale.put("review_by", article.reviewBy.toString());
        stale.put("owner_subject", article.ownerSubject);
        stale.put("owner_team_id", article.ownerTeamId == null ? null : article.ownerTeamId.toString());
        audit.record("knowledge_article.stale", "knowledge_article", article.id, null, stale);
    }
}
