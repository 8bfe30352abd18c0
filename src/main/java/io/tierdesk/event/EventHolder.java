package io.tierdesk.event;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/**
 * A feature whose rows refer to outbox events. Retention asks it to forget its own finished rows first, and keeps
 * every event it still refers to; the feature's tables stay its own business.
 */
public interface EventHolder {

    /**
     * Deletes up to {@code limit} of its rows that finished before {@code cutoff}, in one transaction of its own,
     * skipping rows another replica holds; returns how many.
     */
    int forgetFinished(OffsetDateTime cutoff, int limit);

    /** Which of these events it still refers to; runs in the caller's transaction. */
    Set<UUID> holding(Collection<UUID> eventIds);
}
