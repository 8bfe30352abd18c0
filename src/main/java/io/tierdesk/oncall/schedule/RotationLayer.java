package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.ScheduleEntry.Source.ROTATION;

import java.time.Instant;
import java.util.List;

/** The schedule the rotation alone produces, before overrides: shifts, restrictions, effective range. */
final class RotationLayer {

    private final RotationRule rule;
    private final ShiftClock clock;
    private final TurnCounter turns;
    private final AllowedTime allowedTime;

    RotationLayer(RotationRule rule) {
        this.rule = rule;
        this.clock = new ShiftClock(rule);
        this.turns = new TurnCounter(rule, clock);
        this.allowedTime = new AllowedTime(rule.zone(), new WeekWindows(rule.restrictions()));
    }

    ShiftClock clock() {
        return clock;
    }

    /** Contiguous entries covering exactly [since, until). */
    List<ScheduleEntry> render(Instant since, Instant until) {
        ScheduleBuilder schedule = new ScheduleBuilder();
        Instant from = Interval.max(since, rule.effectiveFrom());
        Instant to = rule.effectiveUntil() == null ? until : Interval.min(until, rule.effectiveUntil());
        if (!from.isBefore(to)) {
            return schedule.add(ScheduleEntry.gap(since, until, ROTATION)).build();
        }
        if (since.isBefore(from)) {
            schedule.add(ScheduleEntry.gap(since, from, ROTATION));
        }
        addShifts(from, to, schedule);
        if (to.isBefore(until)) {
            schedule.add(ScheduleEntry.gap(to, until, ROTATION));
        }
        return schedule.build();
    }

    private void addShifts(Instant from, Instant to, ScheduleBuilder schedule) {
        long firstShift = clock.indexAt(from);
        long endShift = clock.indexAt(to.minusNanos(1)) + 1;
        AllowedPieces allowed = rule.isRestricted()
                ? new AllowedPieces(allowedTime.within(clock.start(firstShift), clock.start(endShift)))
                : null;
        long turn = turns.turnsBefore(firstShift);
        for (long shift = firstShift; shift < endShift; shift++) {
            Instant shiftStart = clock.start(shift);
            Instant shiftEnd = clock.end(shift);
            // Decided on the whole shift, not the part inside the window, so that the answer
            // does not depend on where a render starts.
            boolean passesTurn = rule.everyShiftIsATurn() || allowed.overlapsAny(shiftStart, shiftEnd);
            String member = rule.memberForTurn(turn);
            Instant start = Interval.max(shiftStart, from);
            Instant end = Interval.min(shiftEnd, to);
            if (start.isBefore(end)) {
                if (allowed == null) {
                    schedule.add(ScheduleEntry.onCall(start, end, member, ROTATION));
                } else {
                    allowed.addMasked(start, end, member, schedule);
                }
            }
            if (passesTurn) {
                turn++;
            }
        }
    }

    /**
     * Allowed intervals of the rendered range, walked in step with the shifts: callers ask
     * about spans in increasing order, so pieces that ended before a span are never looked at
     * again.
     */
    private static final class AllowedPieces {
        private final List<Interval> pieces;
        private int firstUnfinished;

        AllowedPieces(List<Interval> pieces) {
            this.pieces = pieces;
        }

        boolean overlapsAny(Instant start, Instant end) {
            skipPiecesEndingBy(start);
            for (int i = firstUnfinished;
                    i < pieces.size() && pieces.get(i).start().isBefore(end);
                    i++) {
                if (pieces.get(i).overlaps(start, end)) {
                    return true;
                }
            }
            return false;
        }

        void addMasked(Instant start, Instant end, String member, ScheduleBuilder schedule) {
            skipPiecesEndingBy(start);
            Instant cursor = start;
            for (int i = firstUnfinished;
                    i < pieces.size() && pieces.get(i).start().isBefore(end);
                    i++) {
                Instant onCallStart = Interval.max(pieces.get(i).start(), start);
                Instant onCallEnd = Interval.min(pieces.get(i).end(), end);
                if (!onCallStart.isBefore(onCallEnd)) {
                    continue;
                }
                if (cursor.isBefore(onCallStart)) {
                    schedule.add(ScheduleEntry.gap(cursor, onCallStart, ROTATION));
                }
                schedule.add(ScheduleEntry.onCall(onCallStart, onCallEnd, member, ROTATION));
                cursor = onCallEnd;
            }
            if (cursor.isBefore(end)) {
                schedule.add(ScheduleEntry.gap(cursor, end, ROTATION));
            }
        }

        private void skipPiecesEndingBy(Instant instant) {
            while (firstUnfinished < pieces.size()
                    && !pieces.get(firstUnfinished).end().isAfter(instant)) {
                firstUnfinished++;
            }
        }
    }
}
