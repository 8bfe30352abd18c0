package io.tierdesk.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.IntPredicate;
import java.util.function.IntSupplier;
import java.util.function.ToIntFunction;

/**
 * The loop of a scheduled job that works batch by batch. Each batch is the job's own method: it claims its rows
 * (with FOR UPDATE SKIP LOCKED where replicas compete), processes them and commits in its own transaction. This
 * loop takes the next batch while there is more, and none once the instance is stopping (see {@link Shutdown}), so a
 * stop never cuts a batch in half and whatever is left waits in the database for the next run or another replica.
 */
@ApplicationScoped
public class BatchJob {

    private final Shutdown shutdown;

    BatchJob(Shutdown shutdown) {
        this.shutdown = shutdown;
    }

    /** Runs batches until one handles fewer than {@code batchSize} items; returns the items all batches handled. */
    public int untilShort(int batchSize, IntSupplier batch) {
        return whileMore(batch, handled -> handled == batchSize);
    }

    /** Runs batches until one handles nothing; returns the items all batches handled. */
    public int untilEmpty(IntSupplier batch) {
        return whileMore(batch, handled -> handled > 0);
    }

    /** Runs one batch per item, in order; returns what the batches count together. */
    public <T> int forEach(Iterable<T> items, ToIntFunction<T> batch) {
        int total = 0;
        for (T item : items) {
            if (shutdown.requested()) {
                break;
            }
            total += batch.applyAsInt(item);
        }
        return total;
    }

    private int whileMore(IntSupplier batch, IntPredicate more) {
        int total = 0;
        int handled;
        do {
            if (shutdown.requested()) {
                break;
            }
            handled = batch.getAsInt();
            total += handled;
        } while (more.test(handled));
        return total;
    }
}
