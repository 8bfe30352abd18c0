package io.tierdesk.sla.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * One recorded change of an SLA clock, enough to explain its due date.
 *
 * <p>{@code at} is when the change took effect. A breach found when a target change moves
 * the due date into the past is recorded at that (earlier) due date, so transitions are
 * in recording order, not necessarily in order of {@code at}.
 *
 * @param pauseReason    set for {@link Type#PAUSED}
 * @param warningPercent set for {@link Type#WARNED}
 * @param previousTarget set for {@link Type#TARGET_CHANGED}
 * @param newTarget      set for {@link Type#STARTED} and {@link Type#TARGET_CHANGED}
 * @param dueAt          the due date right after the change; null while paused
 */
public record SlaTransition(
        Type type,
        Instant at,
        int cycle,
        String pauseReason,
        Integer warningPercent,
        Duration previousTarget,
        Duration newTarget,
        Instant dueAt) {

    public enum Type {
        STARTED,
        PAUSED,
        RESUMED,
        TARGET_CHANGED,
        WARNED,
        BREACHED,
        MET,
        REOPENED
    }

    public SlaTransition {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(at, "at");
        if (cycle < 1) {
            throw new IllegalArgumentException("cycles count from 1, got " + cycle);
        }
    }

    static SlaTransition started(Instant at, Duration target, Instant dueAt) {
        return new SlaTransition(Type.STARTED, at, 1, null, null, null, target, dueAt);
    }

    static SlaTransition paused(Instant at, int cycle, String reason) {
        return new SlaTransition(Type.PAUSED, at, cycle, reason, null, null, null, null);
    }

    static SlaTransition resumed(Instant at, int cycle, Instant dueAt) {
        return new SlaTransition(Type.RESUMED, at, cycle, null, null, null, null, dueAt);
    }

    static SlaTransition targetChanged(Instant at, int cycle, Duration previous, Duration next, Instant dueAt) {
        return new SlaTransition(Type.TARGET_CHANGED, at, cycle, null, null, previous, next, dueAt);
    }

    static SlaTransition warned(Instant at, int cycle, int percent, Instant dueAt) {
        return new SlaTransition(Type.WARNED, at, cycle, null, percent, null, null, dueAt);
    }

    static SlaTransition breached(Instant at, int cycle, Instant dueAt) {
        return new SlaTransition(Type.BREACHED, at, cycle, null, null, null, null, dueAt);
    }

    static SlaTransition met(Instant at, int cycle, Instant dueAt) {
        return new SlaTransition(Type.MET, at, cycle, null, null, null, null, dueAt);
    }

    static SlaTransition reopened(Instant at, int cycle, Instant dueAt) {
        return new SlaTransition(Type.REOPENED, at, cycle, null, null, null, null, dueAt);
    }
}
