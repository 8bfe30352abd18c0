package io.tierdesk.common;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Tells background jobs that the instance is stopping, so a job that works through batches finishes the batch it is
 * in (one transaction) and takes no further one. Whatever another replica still has to do it finds in the database:
 * claims are row locks of a transaction and end with it.
 */
@ApplicationScoped
public class Shutdown {

    private volatile boolean requested;

    void onShutdown(@Observes ShutdownEvent event) {
        requested = true;
    }

    public boolean requested() {
        return requested;
    }
}
