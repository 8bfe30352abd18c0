package io.tierdesk.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * The persistent state of an SLA clock, one field per column.
 *
 * @param excludedBusinessTime business time spent paused or resolved, over finished pauses
 *                             and resolved spells; the due date moves out by this much
 * @param pausedSince          set while paused
 * @param stoppedAt            set while stopped (met)
 * @param lastChangedAt        the instant of the latest change; later operations may not precede it
 * @param cycle                starts at 1; each reopen starts a new cycle
 * @param breachedInCycle      whether the breach fired in the current cycle
 * @param firedWarnings        warning percentages fired in the current cycle
 */
public record SlaClockSnapshot(
        SlaMetric metric,
        Instant startedAt,
        Duration target,
        Duration excludedBusinessTime,
        Instant pausedSince,
        Instant stoppedAt,
        Instant lastChangedAt,
        int cycle,
        boolean everBreached,
        boolean breachedInCycle,
        Set<Integer> firedWarnings) {

    public SlaClockSnapshot {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(excludedBusinessTime, "excludedBusinessTime");
        Objects.requireNonNull(lastChangedAt, "lastChangedAt");
        SlaClock.requirePositiveTarget(target);
        firedWarnings = Set.copyOf(firedWarnings);
        if (excludedBusinessTime.isNegative()) {
            throw new IllegalArgumentException("excluded business time must not be negative");
        }
        if (pausedSince != null && stoppedAt != null) {
            throw new IllegalArgumentException("a clock is either paused or stopped, not both");
        }
        if (pausedSince != null && !metric.pausable()) {
            throw new IllegalArgumentException(metric + " clocks do not pause");
        }
        if (lastChangedAt.isBefore(startedAt)) {
            throw new IllegalArgumentException("last change precedes the start");
        }
        if (cycle < 1) {
            throw new IllegalArgumentException("cycles count from 1, got " + cycle);
        }
        if (breachedInCycle && !everBreached) {
            throw new IllegalArgumentException("a breach in this cycle means the clock was ever breached");
        }
        firedWarnings.forEach(SlaClock::requireWarningPercent);
    }
}
