package io.tierdesk.oncall.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A rotation whose definition changed over time: each definition holds from its own start until the
 * next one's, so editing a rotation never rewrites shifts that lay before the edit.
 *
 * <p>Outside the pieces, and in a piece without a rule (nobody left to rotate), nobody is on call
 * unless an override says otherwise. Overrides are fetched for exactly the span being rendered, so
 * answering for one instant costs the same however old the rotation is.
 */
public final class RotationTimeline {

    /** Where [from, until) follows {@code rule}; a null until is open-ended, a null rule is nobody. */
    public record Piece(Instant from, Instant until, RotationRule rule) {
        public Piece {
            Objects.requireNonNull(from, "from");
        }

        boolean overlaps(Instant since, Instant to) {
            return from.isBefore(to) && (until == null || until.isAfter(since));
        }
    }

    /** Supplies the overrides that overlap a span. */
    @FunctionalInterface
    public interface Overrides {
        List<ShiftOverride> overlapping(Instant since, Instant until);
    }

    /** How far an answer for an instant reaches when no rotation shift bounds it. */
    private static final Duration UNBOUNDED_REACH = Duration.ofDays(93);

    private final List<Piece> pieces;
    private final Overrides overrides;
    private final RotationSchedule schedule = new RotationSchedule();

    /** @param pieces sorted by start, not overlapping */
    public RotationTimeline(List<Piece> pieces, Overrides overrides) {
        this.pieces = List.copyOf(pieces);
        this.overrides = overrides;
    }

    /** The schedule over [since, until), as {@link RotationSchedule#render} across all definitions. */
    public List<ScheduleEntry> render(Instant since, Instant until) {
        requireWindow(since, until);
        List<ShiftOverride> inWindow = overrides.overlapping(since, until);
        ScheduleBuilder builder = new ScheduleBuilder();
        for (Piece piece : covering(since, until)) {
            Instant from = Interval.max(since, piece.from());
            Instant to = piece.until() == null ? until : Interval.min(until, piece.until());
            builder.addAll(
                    piece.rule() == null
                            ? nobody(inWindow, from, to)
                            : schedule.render(piece.rule(), inWindow, from, to));
        }
        return builder.build();
    }

    /** The entry in force at an instant, bounded by its rotation shift (see {@link RotationSchedule#entryAt}). */
    public ScheduleEntry entryAt(Instant at) {
        Piece piece = covering(at, at.plusNanos(1)).get(0);
        if (piece.rule() == null) {
            Instant from = piece.from().equals(Instant.MIN)
                    ? at.minus(UNBOUNDED_REACH)
                    : Interval.max(piece.from(), at.minus(UNBOUNDED_REACH));
            Instant to = piece.until() == null
                    ? at.plus(UNBOUNDED_REACH)
                    : Interval.min(piece.until(), at.plus(UNBOUNDED_REACH));
            return nobody(overrides.overlapping(from, to), from, to).stream()
                    .filter(entry -> entry.contains(at))
                    .findFirst()
                    .orElseThrow();
        }
        ShiftClock clock = new ShiftClock(piece.rule());
        long shift = clock.indexAt(at);
        return schedule.entryAt(piece.rule(), overrides.overlapping(clock.start(shift), clock.end(shift)), at);
    }

    /**
     * On-call entries (no gaps) overlapping [since, until), widened to whole shifts at the window's
     * edges so that an event's start, and the UID derived from it, stays put while a feed's window
     * slides; cut only where the rotation's definition changed.
     */
    public List<ScheduleEntry> renderForCalendar(Instant since, Instant until) {
        requireWindow(since, until);
        List<ScheduleEntry> result = new ArrayList<>();
        for (Piece piece : covering(since, until)) {
            Instant from = Interval.max(since, piece.from());
            Instant to = piece.until() == null ? until : Interval.min(until, piece.until());
            List<ScheduleEntry> entries;
            if (piece.rule() == null) {
                entries = nobody(overrides.overlapping(from, to), from, to);
            } else {
                ShiftClock clock = new ShiftClock(piece.rule());
                Instant wideFrom = clock.start(clock.indexAt(from));
                Instant wideTo = clock.end(clock.indexAt(to.minusNanos(1)));
                entries = schedule.renderForCalendar(piece.rule(), overrides.overlapping(wideFrom, wideTo), from, to);
            }
            for (ScheduleEntry entry : entries) {
                Instant start =
                        piece.from().equals(Instant.MIN) ? entry.start() : Interval.max(entry.start(), piece.from());
                Instant end = piece.until() == null ? entry.end() : Interval.min(entry.end(), piece.until());
                if (!entry.isGap() && start.isBefore(end)) {
                    result.add(entry.withBounds(start, end));
                }
            }
        }
        return result;
    }

    /** The pieces overlapping [since, until), with nobody-pieces filling the time no definition covers. */
    private List<Piece> covering(Instant since, Instant until) {
        List<Piece> all = new ArrayList<>();
        Instant cursor = Instant.MIN;
        for (Piece piece : pieces) {
            if (piece.from().isAfter(cursor)) {
                all.add(new Piece(cursor, piece.from(), null));
            }
            all.add(piece);
            cursor = piece.until();
            if (cursor == null) {
                break;
            }
        }
        if (cursor != null) {
            all.add(new Piece(cursor, null, null));
        }
        return all.stream().filter(piece -> piece.overlaps(since, until)).toList();
    }

    private static List<ScheduleEntry> nobody(List<ShiftOverride> overrides, Instant from, Instant to) {
        return OverridePainter.paint(
                List.of(ScheduleEntry.gap(from, to, ScheduleEntry.Source.ROTATION)), overrides, from, to);
    }

    private static void requireWindow(Instant since, Instant until) {
        if (!until.isAfter(since)) {
            throw new IllegalArgumentException("until must be after since");
        }
        if (Duration.between(since, until).compareTo(RotationSchedule.MAX_WINDOW) > 0) {
            throw new IllegalArgumentException(
                    "a window may span at most " + RotationSchedule.MAX_WINDOW.toDays() + " days");
        }
    }
}
