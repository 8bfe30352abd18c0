package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.WeeklyWindow.SECONDS_PER_WEEK;

import java.util.ArrayList;
import java.util.List;

/** Restriction windows as second offsets from Monday 00:00, for arithmetic on local time. */
final class WeekWindows {

    private final long[] starts;
    private final long[] ends;

    WeekWindows(List<WeeklyWindow> windows) {
        starts = new long[windows.size()];
        ends = new long[windows.size()];
        for (int i = 0; i < windows.size(); i++) {
            starts[i] = windows.get(i).startSecondOfWeek();
            ends[i] = windows.get(i).endSecondOfWeek();
        }
    }

    boolean isEmpty() {
        return starts.length == 0;
    }

    /** Whether local span [phase, phase + length) overlaps a window; phase is within one week. */
    boolean overlaps(long phase, long length) {
        if (isEmpty()) {
            return false;
        }
        if (length >= SECONDS_PER_WEEK) {
            return true;
        }
        long spanEnd = phase + length;
        for (int i = 0; i < starts.length; i++) {
            // The span lies within [0, 2 weeks), so only the previous, this and next week's
            // occurrences of a window can touch it.
            for (long week = -1; week <= 1; week++) {
                long start = starts[i] + week * SECONDS_PER_WEEK;
                long end = ends[i] + week * SECONDS_PER_WEEK;
                if (start < spanEnd && phase < end) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Window occurrences overlapping local seconds [localFrom, localTo), as {start, end} pairs. */
    List<long[]> occurrences(long localFrom, long localTo) {
        List<long[]> found = new ArrayList<>();
        long weekStart = localFrom - WallClock.phaseInWeek(localFrom) - SECONDS_PER_WEEK;
        for (; weekStart < localTo; weekStart += SECONDS_PER_WEEK) {
            for (int i = 0; i < starts.length; i++) {
                long start = weekStart + starts[i];
                long end = weekStart + ends[i];
                if (start < localTo && localFrom < end) {
                    found.add(new long[] {start, end});
                }
            }
        }
        return found;
    }
}
