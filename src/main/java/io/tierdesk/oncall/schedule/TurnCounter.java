package io.tierdesk.oncall.schedule;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
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
     * Calendar shifts repeat on the local time-line, so the local pattern counts them; only a
     * shift next to an offset change can disagree with its local span (see
     * {@link #shiftsNearTransitions}), and each of those is checked on its own.
     */
    private long calendarTurnsBetween(long from, long to) {
        if (calendarPattern == null) {
            calendarPattern = new ShiftPattern(windows, clock.anchorLocalEpochSecond(), clock.lengthSeconds());
        }
        long turns = calendarPattern.countBetween(from, to);
        for (long shift : shiftsNearTransitions(from, to)) {
            turns += (holdsAllowedTime(shift) ? 1 : 0) - (calendarPattern.holdsWindowTime(shift) ? 1 : 0);
        }
        return turns;
    }

    /**
     * Shifts in [from, to) that touch an offset change or the span right after it as long as the
     * change: local times there are either skipped (and resolve into that span) or repeated, so a
     * shift's or window's resolved edges can order differently from their local ones.
     */
    private TreeSet<Long> shiftsNearTransitions(long from, long to) {
        TreeSet<Long> shifts = new TreeSet<>();
        Instant first = clock.start(from).minusSeconds(1);
        for (ZoneOffsetTransition transition :
                OffsetStretch.transitionsAfterUpTo(clock.zone(), first, clock.start(to))) {
            Instant at = transition.getInstant();
            long change = Math.abs(transition.getDuration().getSeconds());
            long last = clock.indexAt(at.plusSeconds(change));
            for (long shift = clock.indexAt(at.minusNanos(1)); shift <= last; shift++) {
                if (shift >= from && shift < to) {
                    shifts.add(shift);
                }
            }
        }
        return shifts;
    }

    /**
     * Hourly shifts are evenly spaced in real time, so within a stretch of constant UTC offset
     * their local spans repeat weekly; shifts that straddle an offset change, or lie next to one,
     * are checked one by one.
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
        ZoneRules rules = clock.zone().getRules();
        for (long shift : shiftsNearTransitions(from, to)) {
            Instant start = clock.start(shift);
            ZoneOffsetTransition next = rules.nextTransition(start);
            boolean straddles = next != null && next.getInstant().isBefore(clock.end(shift));
            // A shift inside one stretch was counted by that stretch's pattern; one across a change was not.
            long counted = straddles
                    ? 0
                    : elapsedPattern(rules.getOffset(start).getTotalSeconds()).holdsWindowTime(shift) ? 1 : 0;
            turns += (holdsAllowedTime(shift) ? 1 : 0) - counted;
        }
        return turns;
    }

    private ShiftPattern elapsedPattern(int offsetSeconds) {
        return elapsedPatternsByOffset.computeIfAbsent(
                offsetSeconds,
                offset -> new ShiftPattern(windows, clock.anchorEpochSecond() + offset, clock.lengthSeconds()));
    }
}
