package io.tierdesk.paging;

import io.quarkus.scheduler.Scheduled;
import io.tierdesk.common.BatchJob;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The escalation timer: takes the next step of every page that is due. Each batch claims due pages (with their
 * tickets) with FOR UPDATE SKIP LOCKED and commits their steps together with the step's schedule, so with several
 * replicas, restarts or a kill in the middle every step is taken exactly once; the unique index on the steps backs
 * that up.
 */
@ApplicationScoped
public class PageEscalationJob {

    private static final Logger LOG = Logger.getLogger(PageEscalationJob.class);

    private final PageRepository pages;
    private final PageSteps steps;
    private final PageRecorder recorder;
    private final Clock clock;
    private final BatchJob batches;
    private final int batchSize;

    PageEscalationJob(
            PageRepository pages,
            PageSteps steps,
            PageRecorder recorder,
            Clock clock,
            BatchJob batches,
            PagingConfig config) {
        this.pages = pages;
        this.steps = steps;
        this.recorder = recorder;
        this.clock = clock;
        this.batches = batches;
        this.batchSize = config.escalationBatch();
    }

    @Scheduled(
            every = "{tierdesk.paging.escalation-every:15s}",
            delayed = "{tierdesk.paging.escalation-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledEscalation() {
        escalateDue();
    }

    /** Takes every due step, batch by batch; returns how many steps were taken. */
    @ActivateRequestContext
    public int escalateDue() {
        return batches.untilShort(batchSize, this::escalateBatch);
    }

    /** Takes the due step of one batch of pages; returns how many pages were claimed. */
    @Transactional
    int escalateBatch() {
        OffsetDateTime now = OffsetDateTime.now(clock);
        var due = pages.claimDue(now, batchSize);
        for (UUID id : due) {
            Page page = pages.findById(id);
            steps.next(page, recorder.form(page));
        }
        if (!due.isEmpty()) {
            LOG.debugf("Page escalation took %d steps", due.size());
        }
        return due.size();
    }
}
