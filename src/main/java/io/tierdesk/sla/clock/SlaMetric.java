package io.tierdesk.sla.clock;

/** What an SLA clock measures. Only resolution pauses while a ticket waits on someone else. */
public enum SlaMetric {
    FIRST_RESPONSE(false),
    RESOLUTION(true);

    private final boolean pausable;

    SlaMetric(boolean pausable) {
        this.pausable = pausable;
    }

    public boolean pausable() {
        return pausable;
    }
}
