package io.tierdesk.oncall.schedule;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Counts turns: how many shifts since the anchor handed the rotation to the next member.
 *
 * <p>Every shift is a turn unless the rule is restricted with
 * {@code restrictedTimeConsumesTurn = false}; then only shifts that overlap a restriction window
 * are. Counting those from an anchor years back uses the weekly periodicity of the windows and
 * looks individually only at the few shifts next to each UTC-offset change (about two a year),
 * never at every shift.
 */
final class TurnCounter {

    /** About a quarter: at most one or two offset changes lie between a checkpoint and any shift. */
    private static final long CHECKPOINT_SPACING_SECONDS = 91L * 24 * 3600;

    private final RotationRule rule;
    private final ShiftClock clock;
    private final WeekWindows windows;
    private final AllowedTime allowedTime;
    private final Map<Integer, ShiftPattern> elapsedPatternsByOffset = new HashMap<>();
    private final long checkpointSpacing;
    private ShiftPattern calendarPattern;

    TurnCounter(RotationRule rule, ShiftClock clock) {
        this.rule = rule;
        this.clock = clock;
        this.checkpointSpacing = Math.max(1, CHECKPOINT_SPACING_SECONDS / clock.lengthSeconds());
        this.windows = new WeekWindows(rule.restrictions());
        this.allowedTime = new AllowedTime(rule.zone(), windows);
    }

    /**
     * Turns taken by shifts [0, shift) — negative for shifts before the anchor. Counted from the
     * nearest earlier checkpoint, whose own count is remembered, so the cost does not grow with
     * the distance from the anchor.
     */
    long turnsBefore(long shift) {
        if (rule.everyShiftIsATurn()) {
            return shift;
        }
        long checkpoint = Math.floorDiv(shift, checkpointSpacing) * checkpointSpacing;
        long beforeCheckpoint = checkpoint == 0
                ? 0
                : TurnCheckpoints.turnsBefore(TurnCheckpoints.Shape.of(rule), checkpoint, this::countFromAnchor);
        return beforeCheckpoint + turnsBetween(checkpoint, shift);
    }

    private long countFromAnchor(long shift) {
        return shift >= 0 ? turnsBetween(0, shift) : -turnsBetween(shift, 0);
    }

    /** Whether the shift passes the rotation on to the next member. */
    boolean isTurn(long shift) {
        return rule.everyShiftIsATurn() || holdsAllowedTime(shift);
    }

    private boolean holdsAllowedTime(long shift) {
        return allowedTime.overlaps(clock.start(shift), clock.end(shift));
    }

    private long turnsBetween(long from, long to) {
        return clock.isElapsedTime() ? elapsedTurnsBetween(from, to) : calendarTurnsBetween(from, to);
    }

    /**
     * Calendar shifts repeat on the local time-line, so the local pattern counts them; a shift
     * touching an offset change is the only one whose real instants can disagree with its
     * local span, and is checked on its own.
     */
    private long calendarTurnsBetween(long from, long to) {
        if (calendarPattern == null) {
            calendarPattern = new ShiftPattern(windows, clock.anchorLocalEpochSecond(), clock.lengthSeconds());
        }
        long turns = calendarPattern.countBetween(from, to);
        for (long shift : shiftsTouchingTransitions(from, to)) {
            turns += (holdsAllowedTime(shift) ? 1 : 0) - (calendarPattern.holdsWindowTime(shift) ? 1 : 0);
        }
        return turns;
    }

    private TreeSet<Long> shiftsTouchingTransitions(long from, long to) {
        TreeSet<Long> shifts = new TreeSet<>();
        Instant first = clock.start(from).minusSeconds(1);
        for (Instant transition : OffsetStretch.transitionsAfterUpTo(clock.zone(), first, clock.start(to))) {
            long shift = clock.indexAt(transition);
            addIfWithin(shifts, shift, from, to);
            if (clock.start(shift).equals(transition)) {
                addIfWithin(shifts, shift - 1, from, to);
            }
        }
        return shifts;
    }

    private static void addIfWithin(TreeSet<Long> shifts, long shift, long from, long to) {
        if (shift >= from && shift < to) {
            shifts.add(shift);
        }
    }

    /**
     * Hourly shifts are evenly spaced in real time, so within a stretch of constant UTC offset
     * their local spans repeat weekly; shifts that straddle an offset change are checked one by
     * one.
     */
    private long elapsedTurnsBetween(long from, long to) {
        long anchor = clock.anchorEpochSecond();
        long length = clock.lengthSeconds();
        Instant rangeStart = clock.start(from);
        Instant rangeEnd = clock.start(to);
        List<OffsetStretch> stretches = OffsetStretch.between(clock.zone(), rangeStart, rangeEnd);
        long turns = 0;
        for (OffsetStretch stretch : stretches) {
            long firstInside =
                    Math.max(from, -Math.floorDiv(anchor - stretch.start().getEpochSecond(), length));
            long endInside = Math.min(to, Math.floorDiv(stretch.end().getEpochSecond() - anchor, length));
            if (firstInside < endInside) {
                turns += elapsedPattern(stretch.offsetSeconds()).countBetween(firstInside, endInside);
            }
        }
        TreeSet<Long> straddling = new TreeSet<>();
        for (int i = 1; i < stretches.size(); i++) {
            Instant transition = stretches.get(i).start();
            long shift = clock.indexAt(transition);
            if (clock.start(shift).isBefore(transition)) {
                straddling.add(shift);
            }
        }
        for (long shift : straddling) {
            turns += holdsAllowedTime(shift) ? 1 : 0;
        }
        return turns;
    }

    private ShiftPattern elapsedPattern(int offsetSeconds) {
        return elapsedPatternsByOffset.computeIfAbsent(
                offsetSeconds,
                offset -> new ShiftPattern(windows, clock.anchorEpochSecond() + offset, clock.lengthSeconds()));
    }
}
