package io.tierdesk.sla.clock;

public enum SlaClockState {
    RUNNING,
    PAUSED,
    /** Stopped before its due date in the current cycle. */
    MET,
    /** Stopped after the clock breached in the current cycle. */
    MET_LATE
}
