package io.tierdesk.oncall.schedule;

import java.util.Objects;

/** How long one member's shift lasts; see {@link ShiftUnit} for how each unit is counted. */
public record ShiftLength(long amount, ShiftUnit unit) {

    private static final long SECONDS_PER_HOUR = 3_600;
    private static final long SECONDS_PER_DAY = 86_400;

    public ShiftLength {
        Objects.requireNonNull(unit, "unit");
        if (amount <= 0) {
            throw new IllegalArgumentException("shift length must be positive: " + amount);
        }
    }

    public static ShiftLength hours(long amount) {
        return new ShiftLength(amount, ShiftUnit.HOURS);
    }

    public static ShiftLength days(long amount) {
        return new ShiftLength(amount, ShiftUnit.DAYS);
    }

    public static ShiftLength weeks(long amount) {
        return new ShiftLength(amount, ShiftUnit.WEEKS);
    }

    /** True for units measured in elapsed time rather than on the local calendar. */
    public boolean isElapsedTime() {
        return unit == ShiftUnit.HOURS;
    }

    /** Whole local days per shift; only meaningful for calendar units. */
    long calendarDays() {
        return switch (unit) {
            case DAYS -> amount;
            case WEEKS -> Math.multiplyExact(amount, 7L);
            case HOURS -> throw new IllegalStateException("hourly shifts have no calendar length");
        };
    }

    /** Length in seconds: elapsed seconds for HOURS, local time-line seconds for DAYS/WEEKS. */
    long seconds() {
        return isElapsedTime()
                ? Math.multiplyExact(amount, SECONDS_PER_HOUR)
                : Math.multiplyExact(calendarDays(), SECONDS_PER_DAY);
    }
}
