package io.tierdesk.oncall.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The instants whose wall-clock time in the zone falls inside a restriction window. */
final class AllowedTime {

    private final ZoneId zone;
    private final WeekWindows windows;

    AllowedTime(ZoneId zone, WeekWindows windows) {
        this.zone = zone;
        this.windows = windows;
    }

    /** Sorted, disjoint, non-adjacent allowed intervals clipped to [from, to). */
    List<Interval> within(Instant from, Instant to) {
        List<Interval> pieces = new ArrayList<>();
        for (OffsetStretch stretch : OffsetStretch.between(zone, from, to)) {
            int offset = stretch.offsetSeconds();
            long localFrom = stretch.start().getEpochSecond() + offset;
            long localTo = ceilingEpochSecond(stretch.end()) + offset;
            for (long[] occurrence : windows.occurrences(localFrom, localTo)) {
                Instant start = Interval.max(Instant.ofEpochSecond(occurrence[0] - offset), stretch.start());
                Instant end = Interval.min(Instant.ofEpochSecond(occurrence[1] - offset), stretch.end());
                if (start.isBefore(end)) {
                    pieces.add(new Interval(start, end));
                }
            }
        }
        return union(pieces);
    }

    boolean overlaps(Instant from, Instant to) {
        return from.isBefore(to) && !within(from, to).isEmpty();
    }

    private static long ceilingEpochSecond(Instant instant) {
        return instant.getEpochSecond() + (instant.getNano() > 0 ? 1 : 0);
    }

    private static List<Interval> union(List<Interval> pieces) {
        pieces.sort(Comparator.comparing(Interval::start));
        List<Interval> merged = new ArrayList<>();
        for (Interval piece : pieces) {
            int last = merged.size() - 1;
            if (last >= 0 && !piece.start().isAfter(merged.get(last).end())) {
                Interval previous = merged.get(last);
                merged.set(last, new Interval(previous.start(), Interval.max(previous.end(), piece.end())));
            } else {
                merged.add(piece);
            }
        }
        return merged;
    }
}
