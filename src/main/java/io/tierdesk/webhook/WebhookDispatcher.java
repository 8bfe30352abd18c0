package io.tierdesk.webhook;

import io.quarkus.scheduler.Scheduled;
import io.tierdesk.common.BatchJob;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Moves events from the outbox to the subscribers. Each round fans new events out to deliveries, then sends due
 * deliveries batch by batch: a batch is claimed in one short transaction, sent in parallel outside any transaction
 * (so a slow receiver holds one sender thread for at most its timeouts, never the others), and each outcome is
 * recorded in its own transaction. Several replicas may run it at once.
 *
 * <p>Delivery is at least once: a replica that dies between sending and recording leaves its claim to expire, and
 * the delivery is sent again with the same {@code webhook-id}.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final DeliveryStore store;
    private final WebhookSender sender;
    private final WebhookConfig config;
    private final BatchJob batches;
    private final ExecutorService senders;

    WebhookDispatcher(DeliveryStore store, WebhookSender sender, WebhookConfig config, BatchJob batches) {
        this.store = store;
        this.sender = sender;
        this.config = config;
        this.batches = batches;
        this.senders = Executors.newFixedThreadPool(Math.max(1, config.parallelism()), runnable -> {
            Thread thread = new Thread(runnable, "webhook-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Scheduled(
            every = "{tierdesk.webhooks.dispatch-every:5s}",
            delayed = "{tierdesk.webhooks.dispatch-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledDispatch() {
        dispatch();
    }

    /** Fans out waiting events and sends everything due now; returns how many attempts were made. */
    @ActivateRequestContext
    public int dispatch() {
        batches.untilShort(config.batchSize(), () -> store.fanOut(config.batchSize()));
        return batches.untilEmpty(this::sendBatch);
    }

    /** Claims, sends and records one batch of due deliveries; returns its size. */
    @ActivateRequestContext
    public int sendBatch() {
        List<Claim> claims = store.claimDue(config.batchSize());
        List<Future<Outcome>> outcomes = new ArrayList<>();
        for (Claim claim : claims) {
            outcomes.add(senders.submit(() -> sender.send(claim)));
        }
        Duration bound = config.connectTimeout().plus(config.requestTimeout()).plusSeconds(5);
        for (int i = 0; i < claims.size(); i++) {
            store.record(await(outcomes.get(i), claims.get(i), bound));
        }
        return claims.size();
    }

    private static Outcome await(Future<Outcome> outcome, Claim claim, Duration bound) {
        try {
            return outcome.get(bound.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            return Outcome.failed(claim.deliveryId(), null, (int) bound.toMillis(), WebhookDeliveryError.TIMEOUT);
        } catch (ExecutionException e) {
            LOG.warnf(e.getCause(), "Sending delivery %s failed", claim.deliveryId());
            return Outcome.failed(claim.deliveryId(), null, 0, WebhookDeliveryError.OTHER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.failed(claim.deliveryId(), null, 0, WebhookDeliveryError.OTHER);
        }
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }
}
