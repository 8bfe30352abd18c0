package io.tierdesk.sla.clock;

import io.tierdesk.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * One SLA metric clock of a ticket, measured in the business time of a calendar.
 *
 * <p>Immutable: every operation returns the next clock, whose {@link #newTransitions()}
 * lists what that operation recorded (for notifications and the audit trail). Operations
 * must be applied in chronological order: an instant before the last change is rejected.
 *
 * <p>The due date is the start plus the target plus all business time spent paused or
 * resolved ({@link #excludedBusinessTime()}); while paused there is no due date.
 * A breach is a fact, not only a notification: pausing, stopping or changing the target
 * of an overdue clock records the breach first, at its due date, so a later pause cannot
 * move it. Warnings and the breach fire at most once per cycle and never while paused.
 * A check fires every threshold crossed since the last one, in order and each at the instant
 * it was crossed, then the breach at the due date: a late check (a restart, a slow scan) loses
 * nothing. Once the breach fired, warnings of that cycle no longer fire.
 */
public final class SlaClock {

    private final BusinessCalendar calendar;
    private final SlaClockSnapshot state;
    private final List<SlaTransition> transitions;
    private final List<SlaTransition> newTransitions;

    private SlaClock(
            BusinessCalendar calendar,
            SlaClockSnapshot state,
            List<SlaTransition> transitions,
            List<SlaTransition> newTransitions) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.state = Objects.requireNonNull(state, "state");
        this.transitions = List.copyOf(transitions);
        this.newTransitions = List.copyOf(newTransitions);
    }

    public static SlaClock start(SlaMetric metric, BusinessCalendar calendar, Instant startedAt, Duration target) {
        SlaClockSnapshot initial = new SlaClockSnapshot(
                metric, startedAt, target, Duration.ZERO, null, null, startedAt, 1, false, false, Set.of());
        SlaTransition started = SlaTransition.started(startedAt, target, calendar.addBusinessTime(startedAt, target));
        return new SlaClock(calendar, initial, List.of(started), List.of(started));
    }

    /** Rebuilds a clock from its persisted state and recorded transitions (which may be empty). */
    public static SlaClock restore(
            BusinessCalendar calendar, SlaClockSnapshot snapshot, List<SlaTransition> transitions) {
        return new SlaClock(calendar, snapshot, transitions, List.of());
    }

    public SlaClock pause(Instant at, String reason) {
        requireNotBefore(at);
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("a pause needs a reason");
        }
        if (!state.metric().pausable()) {
            throw new IllegalStateException(state.metric() + " clocks do not pause");
        }
        requireState(SlaClockState.RUNNING, "pause");
        Change change = new Change(at);
        change.breachIfDueBy(at);
        change.pausedSince = at;
        change.record(SlaTransition.paused(at, change.cycle, reason));
        return change.apply();
    }

    public SlaClock resume(Instant at) {
        requireNotBefore(at);
        requireState(SlaClockState.PAUSED, "resume");
        Change change = new Change(at);
        change.exclude(state.pausedSince(), at);
        change.pausedSince = null;
        change.record(SlaTransition.resumed(at, change.cycle, change.dueAt()));
        return change.apply();
    }

    /**
     * Recomputes the due date from the clock's start with a new target (priority or tier
     * change). If the new due date has already passed, the clock is breached at it.
     */
    public SlaClock changeTarget(Instant at, Duration newTarget) {
        requireNotBefore(at);
        requirePositiveTarget(newTarget);
        if (state.stoppedAt() != null) {
            throw new IllegalStateException("a stopped clock keeps its outcome; reopen it first");
        }
        if (newTarget.equals(state.target())) {
            return unchanged();
        }
        Change change = new Change(at);
        change.target = newTarget;
        change.record(SlaTransition.targetChanged(at, change.cycle, state.target(), newTarget, change.dueAt()));
        change.breachIfDueBy(state.pausedSince() != null ? state.pausedSince() : at);
        return change.apply();
    }

    /** The goal was reached (first response sent, ticket resolved): met, or met late after a breach. */
    public SlaClock stop(Instant at) {
        requireNotBefore(at);
        if (state.stoppedAt() != null) {
            throw new IllegalStateException("the clock is already stopped");
        }
        Change change = new Change(at);
        if (state.pausedSince() != null) {
            change.exclude(state.pausedSince(), at);
            change.pausedSince = null;
        } else {
            change.breachIfDueBy(at);
        }
        change.stoppedAt = at;
        change.record(SlaTransition.met(at, change.cycle, change.dueAt()));
        return change.apply();
    }

    /**
     * Starts a new cycle after a stop: time spent stopped is not counted, and warnings and
     * the breach may fire again. A clock already overdue breaches at the reopen instant.
     */
    public SlaClock reopen(Instant at) {
        requireNotBefore(at);
        if (state.stoppedAt() == null) {
            throw new IllegalStateException("only a stopped clock can be reopened");
        }
        Change change = new Change(at);
        change.exclude(state.stoppedAt(), at);
        change.stoppedAt = null;
        change.cycle++;
        change.breachedInCycle = false;
        change.firedWarnings.clear();
        Instant due = change.dueAt();
        change.record(SlaTransition.reopened(at, change.cycle, due));
        if (!due.isAfter(at)) {
            change.recordBreach(at, due);
        }
        return change.apply();
    }

    /**
     * Fires what is newly due at {@code at}: warnings at the given percentages of the
     * target (1–99) and the breach. The returned clock's {@link #newTransitions()} holds
     * exactly what fired; nothing fires unless the clock is running.
     */
    public SlaClock check(Instant at, Collection<Integer> warningPercents) {
        requireNotBefore(at);
        Set<Integer> percents = new TreeSet<>(warningPercents);
        percents.forEach(SlaClock::requireWarningPercent);
        if (state() != SlaClockState.RUNNING) {
            return unchanged();
        }
        Change change = new Change(at);
        change.warnIfReachedBy(at, percents, state.lastChangedAt());
        change.breachIfDueBy(at);
        return change.recorded.isEmpty() ? unchanged() : change.apply();
    }

    /**
     * The clock as if it had run from its start under another calendar and target: the ticket's SLA policy was
     * re-selected (its priority or category changed). Time excluded so far (pauses, time spent resolved) is
     * recounted in the new calendar from the recorded history, which this clock must carry. Warnings already
     * fired stay fired; those the new terms put behind {@code at} fire at it, and a due date now in the past is
     * breached at it.
     */
    public SlaClock rebase(
            Instant at, BusinessCalendar newCalendar, Duration newTarget, Collection<Integer> warningPercents) {
        requireNotBefore(at);
        requirePositiveTarget(newTarget);
        Objects.requireNonNull(newCalendar, "calendar");
        if (state.stoppedAt() != null) {
            throw new IllegalStateException("a stopped clock keeps its outcome; reopen it first");
        }
        if (transitions.isEmpty()) {
            throw new IllegalStateException("rebasing a clock needs its recorded history");
        }
        SlaClockSnapshot recounted = new SlaClockSnapshot(
                state.metric(),
                state.startedAt(),
                state.target(),
                excludedIn(newCalendar),
                state.pausedSince(),
                null,
                state.lastChangedAt(),
                state.cycle(),
                state.everBreached(),
                state.breachedInCycle(),
                state.firedWarnings());
        SlaClock moved = new SlaClock(newCalendar, recounted, transitions, List.of());
        Change change = moved.new Change(at);
        change.target = newTarget;
        change.record(SlaTransition.targetChanged(at, change.cycle, state.target(), newTarget, change.dueAt()));
        Instant until = state.pausedSince() != null ? state.pausedSince() : at;
        if (state.pausedSince() == null) {
            change.warnIfReachedBy(at, new TreeSet<>(warningPercents), at);
        }
        change.breachIfDueBy(until);
        return change.apply();
    }

    /** The business time of {@code other} spent paused or resolved, as the recorded history shows it. */
    private Duration excludedIn(BusinessCalendar other) {
        Duration excluded = Duration.ZERO;
        Instant since = null;
        for (SlaTransition transition : transitions) {
            switch (transition.type()) {
                case PAUSED -> since = transition.at();
                case RESUMED, REOPENED -> {
                    if (since != null) {
                        excluded = excluded.plus(other.businessTimeBetween(since, transition.at()));
                    }
                    since = null;
                }
                case MET -> {
                    if (since != null) {
                        excluded = excluded.plus(other.businessTimeBetween(since, transition.at()));
                    }
                    since = transition.at();
                }
                default -> {}
            }
        }
        return excluded;
    }

    public SlaMetric metric() {
        return state.metric();
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    public Instant startedAt() {
        return state.startedAt();
    }

    public Duration target() {
        return state.target();
    }

    public int cycle() {
        return state.cycle();
    }

    public boolean everBreached() {
        return state.everBreached();
    }

    public boolean breachedInCycle() {
        return state.breachedInCycle();
    }

    /** Business time spent paused or resolved; the due date moves out by this much. */
    public Duration excludedBusinessTime() {
        return state.excludedBusinessTime();
    }

    public SlaClockState state() {
        if (state.pausedSince() != null) {
            return SlaClockState.PAUSED;
        }
        if (state.stoppedAt() != null) {
            return state.breachedInCycle() ? SlaClockState.MET_LATE : SlaClockState.MET;
        }
        return SlaClockState.RUNNING;
    }

    /** Empty while paused: a paused clock has no due date until it resumes. */
    public Optional<Instant> dueAt() {
        if (state.pausedSince() != null) {
            return Optional.empty();
        }
        return Optional.of(dueIgnoringCurrentPause(state.target(), state.excludedBusinessTime()));
    }

    /** Business time counted towards the target up to {@code at}. */
    public Duration consumedBusinessTime(Instant at) {
        requireNotBefore(at);
        Instant end =
                state.pausedSince() != null ? state.pausedSince() : state.stoppedAt() != null ? state.stoppedAt() : at;
        Duration consumed = calendar.businessTimeBetween(state.startedAt(), end).minus(state.excludedBusinessTime());
        return consumed.isNegative() ? Duration.ZERO : consumed;
    }

    /** Negative once overdue. */
    public Duration remainingBusinessTime(Instant at) {
        return state.target().minus(consumedBusinessTime(at));
    }

    /** Every transition in recording order. */
    public List<SlaTransition> transitions() {
        return transitions;
    }

    /** What the operation that produced this clock recorded; empty for a restored clock. */
    public List<SlaTransition> newTransitions() {
        return newTransitions;
    }

    public SlaClockSnapshot snapshot() {
        return state;
    }

    @Override
    public String toString() {
        return "SlaClock[" + state + "]";
    }

    static void requirePositiveTarget(Duration target) {
        Objects.requireNonNull(target, "target");
        if (target.isNegative() || target.isZero()) {
            throw new IllegalArgumentException("an SLA target must be positive, got " + target);
        }
    }

    static void requireWarningPercent(Integer percent) {
        Objects.requireNonNull(percent, "warning percent");
        if (percent < 1 || percent > 99) {
            throw new IllegalArgumentException("warning thresholds are percentages from 1 to 99, got " + percent);
        }
    }

    private void requireNotBefore(Instant at) {
        Objects.requireNonNull(at, "at");
        if (at.isBefore(state.lastChangedAt())) {
            throw new IllegalArgumentException(
                    "instant " + at + " precedes the clock's last change at " + state.lastChangedAt());
        }
    }

    private void requireState(SlaClockState expected, String operation) {
        if (state() != expected) {
            throw new IllegalStateException("cannot " + operation + " a clock that is " + state());
        }
    }

    private Instant dueIgnoringCurrentPause(Duration target, Duration excluded) {
        return calendar.addBusinessTime(state.startedAt(), target.plus(excluded));
    }

    private SlaClock unchanged() {
        return new SlaClock(calendar, state, transitions, List.of());
    }

    /** Working copy of the state for one operation. */
    private final class Change {
        private final Instant at;
        private final List<SlaTransition> recorded = new ArrayList<>();
        Duration target = state.target();
        Duration excluded = state.excludedBusinessTime();
        Instant pausedSince = state.pausedSince();
        Instant stoppedAt = state.stoppedAt();
        int cycle = state.cycle();
        boolean everBreached = state.everBreached();
        boolean breachedInCycle = state.breachedInCycle();
        final Set<Integer> firedWarnings = new TreeSet<>(state.firedWarnings());

        Change(Instant at) {
            this.at = at;
        }

        void exclude(Instant from, Instant to) {
            excluded = excluded.plus(calendar.businessTimeBetween(from, to));
        }

        /** The due date as the clock will show it; null while paused. */
        Instant dueAt() {
            return pausedSince != null ? null : dueIgnoringCurrentPause(target, excluded);
        }

        /**
         * Records each threshold the running clock reached by {@code until} that has not fired in this cycle, in
         * order, at the instant it was crossed but no earlier than {@code notBefore}. The crossing instant is exact
         * because every operation fires what is due before it changes the clock: all time excluded so far was
         * excluded before the last change, and nothing is excluded while running.
         */
        void warnIfReachedBy(Instant until, Set<Integer> percents, Instant notBefore) {
            if (breachedInCycle || pausedSince != null || stoppedAt != null) {
                return;
            }
            Duration consumed =
                    calendar.businessTimeBetween(state.startedAt(), until).minus(excluded);
            for (int percent : percents) {
                Duration share = target.multipliedBy(percent).dividedBy(100);
                if (consumed.compareTo(share) >= 0 && firedWarnings.add(percent)) {
                    Instant crossed = calendar.addBusinessTime(state.startedAt(), share.plus(excluded));
                    Instant stamped =
                            crossed.isBefore(notBefore) ? notBefore : crossed.isAfter(until) ? until : crossed;
                    record(SlaTransition.warned(stamped, cycle, percent, dueAt()));
                }
            }
        }

        void breachIfDueBy(Instant instant) {
            if (breachedInCycle) {
                return;
            }
            Instant due = dueIgnoringCurrentPause(target, excluded);
            if (!due.isAfter(instant)) {
                recordBreach(due, due);
            }
        }

        void recordBreach(Instant breachedAt, Instant due) {
            everBreached = true;
            breachedInCycle = true;
            record(SlaTransition.breached(breachedAt, cycle, due));
        }

        void record(SlaTransition transition) {
            recorded.add(transition);
        }

        SlaClock apply() {
            SlaClockSnapshot next = new SlaClockSnapshot(
                    state.metric(),
                    state.startedAt(),
                    target,
                    excluded,
                    pausedSince,
                    stoppedAt,
                    at,
                    cycle,
                    everBreached,
                    breachedInCycle,
                    firedWarnings);
            List<SlaTransition> all = new ArrayList<>(transitions);
            all.addAll(recorded);
            return new SlaClock(calendar, next, all, recorded);
        }
    }
}
