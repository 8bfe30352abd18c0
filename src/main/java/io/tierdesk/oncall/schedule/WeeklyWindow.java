package io.tierdesk.oncall.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A recurring weekly window of local wall-clock time, half-open [start, end), during which a
 * restricted rotation is on call.
 *
 * <p>An end at or before the start wraps into the following week (Fri 19:00 → Mon 09:00).
 * An end equal to the start means the whole week. Each occurrence's start and end are resolved
 * in the rotation's zone like handoffs: a time inside a spring-forward gap moves forward by the
 * length of the gap, a repeated time takes its first occurrence.
 */
public record WeeklyWindow(DayOfWeek startDay, LocalTime startTime, DayOfWeek endDay, LocalTime endTime) {

    static final long SECONDS_PER_WEEK = 7L * 86_400;

    public WeeklyWindow {
        Objects.requireNonNull(startDay, "startDay");
        Objects.requireNonNull(startTime, "startTime");
        Objects.requireNonNull(endDay, "endDay");
        Objects.requireNonNull(endTime, "endTime");
        if (startTime.getNano() != 0 || endTime.getNano() != 0) {
            throw new IllegalArgumentException("window times must be whole seconds");
        }
    }

    /**
     * One window per given day from {@code start} to {@code end}; an end at or before the start
     * ends on the next day ({@code 22:00–06:00}), equal times mean the whole day.
     */
    public static List<WeeklyWindow> onDays(Set<DayOfWeek> days, LocalTime start, LocalTime end) {
        List<WeeklyWindow> windows = new ArrayList<>();
        for (DayOfWeek day : EnumSet.copyOf(days)) {
            DayOfWeek endDay = end.isAfter(start) ? day : day.plus(1);
            windows.add(new WeeklyWindow(day, start, endDay, end));
        }
        return List.copyOf(windows);
    }

    /** Monday to Friday, each day from {@code start} to {@code end}. */
    public static List<WeeklyWindow> weekdays(LocalTime start, LocalTime end) {
        return onDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), start, end);
    }

    /** Seconds from Monday 00:00 to the start, in [0, one week). */
    long startSecondOfWeek() {
        return secondOfWeek(startDay, startTime);
    }

    /** Seconds from Monday 00:00 to the end, greater than the start (may exceed one week). */
    long endSecondOfWeek() {
        long start = startSecondOfWeek();
        long end = secondOfWeek(endDay, endTime);
        return end > start ? end : end + SECONDS_PER_WEEK;
    }

    private static long secondOfWeek(DayOfWeek day, LocalTime time) {
        return (day.getValue() - 1) * 86_400L + time.toSecondOfDay();
    }
}
