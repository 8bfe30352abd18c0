package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.WeeklyWindow.SECONDS_PER_WEEK;

import java.math.BigInteger;

/**
 * Which shifts overlap a restriction window, for shifts laid end to end on a local time-line
 * with no offset changes. Shift k starts {@code k × length} after shift 0, so the answer repeats
 * every {@code week / gcd(length, week)} shifts and counting over any range is arithmetic.
 */
final class ShiftPattern {

    private final long period;
    private final boolean[] holdsWindowTime;
    private final long[] countBeforeInPeriod;

    ShiftPattern(WeekWindows windows, long firstShiftLocalSecond, long lengthSeconds) {
        long gcd = BigInteger.valueOf(lengthSeconds)
                .gcd(BigInteger.valueOf(SECONDS_PER_WEEK))
                .longValueExact();
        period = SECONDS_PER_WEEK / gcd;
        holdsWindowTime = new boolean[(int) period];
        countBeforeInPeriod = new long[(int) period + 1];
        for (int i = 0; i < period; i++) {
            long phase = WallClock.phaseInWeek(firstShiftLocalSecond + i * lengthSeconds);
            holdsWindowTime[i] = windows.overlaps(phase, lengthSeconds);
            countBeforeInPeriod[i + 1] = countBeforeInPeriod[i] + (holdsWindowTime[i] ? 1 : 0);
        }
    }

    boolean holdsWindowTime(long shift) {
        return holdsWindowTime[(int) Math.floorMod(shift, period)];
    }

    /** Shifts in [from, to) that overlap a window. */
    long countBetween(long from, long to) {
        return countBefore(to) - countBefore(from);
    }

    private long countBefore(long shift) {
        return Math.floorDiv(shift, period) * countBeforeInPeriod[(int) period]
                + countBeforeInPeriod[(int) Math.floorMod(shift, period)];
    }
}
