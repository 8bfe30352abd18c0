package io.tierdesk.oncall.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The instants inside a restriction window: each occurrence from its resolved local start to its resolved local end. */
final class AllowedTime {

    private static final long SECONDS_PER_DAY = 86_400;

    private final ZoneId zone;
    private final WeekWindows windows;

    AllowedTime(ZoneId zone, WeekWindows windows) {
        this.zone = zone;
        this.windows = windows;
    }

    /**
     * Sorted, disjoint, non-adjacent allowed intervals clipped to [from, to). Each occurrence of a
     * window runs from its local start to its local end, both resolved like handoffs
     * ({@link WallClock#resolve}); an occurrence that resolves to nothing is no time at all.
     */
    List<Interval> within(Instant from, Instant to) {
        List<Interval> pieces = new ArrayList<>();
        // Local seconds a day either side of the range cover every offset a zone can have.
        long localFrom = from.getEpochSecond() - SECONDS_PER_DAY;
        long localTo = to.getEpochSecond() + 1 + SECONDS_PER_DAY;
        for (long[] occurrence : windows.occurrences(localFrom, localTo)) {
            Instant start = Interval.max(resolve(occurrence[0]), from);
            Instant end = Interval.min(resolve(occurrence[1]), to);
            if (start.isBefore(end)) {
                pieces.add(new Interval(start, end));
            }
        }
        return union(pieces);
    }

    private Instant resolve(long localEpochSecond) {
        return WallClock.resolve(LocalDateTime.ofEpochSecond(localEpochSecond, 0, ZoneOffset.UTC), zone);
    }

    boolean overlaps(Instant from, Instant to) {
        return from.isBefore(to) && !within(from, to).isEmpty();
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
