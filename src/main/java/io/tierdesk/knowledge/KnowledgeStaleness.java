package io.tierdesk.knowledge;

import io.quarkus.scheduler.Scheduled;
import io.tierdesk.common.BatchJob;
import io.tierdesk.journal.Journal;
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
    private final Journal journal;
    private final Clock clock;
    private final BatchJob batches;
    private final int batchSize;

    KnowledgeStaleness(
            KnowledgeArticleRepository articles,
            Journal journal,
            Clock clock,
            BatchJob batches,
            KnowledgeStalenessConfig config) {
        this.articles = articles;
        this.journal = journal;
        this.clock = clock;
        this.batches = batches;
        this.batchSize = config.stalenessBatch();
    }

    @Scheduled(
            every = "{tierdesk.knowledge.staleness-every:1h}",
            delayed = "{tierdesk.knowledge.staleness-delay:1m}",
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
        Map<String, Object> stale = new LinkedHashMap<>();
        stale.put("id", article.id.toString());
        stale.put("title", article.title);
        stale.put("review_by", article.reviewBy.toString());
        stale.put("owner_subject", article.ownerSubject);
        stale.put("owner_team_id", article.ownerTeamId == null ? null : article.ownerTeamId.toString());
        journal.record(
                "knowledge_article.stale",
                new Journal.Subject("knowledge_article", article.id, null, article.ownerTeamId),
                null,
                stale,
                KnowledgeMapper.toApi(article, deflections, today));
    }
}
