package io.tierdesk.calendar;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;

/**
 * A weekly, half-open working interval [start, end) in local wall-clock time, at minute
 * precision. Times are stored as minutes of the day so that the end can be 24:00
 * ({@value #END_OF_DAY}): {@code 00:00–24:00} covers the whole day without a closed
 * minute at night.
 */
public record WorkingInterval(DayOfWeek day, int startMinute, int endMinute) {

    public static final int END_OF_DAY = 24 * 60;

    public WorkingInterval {
        Objects.requireNonNull(day, "day");
        if (startMinute < 0 || endMinute > END_OF_DAY || startMinute >= endMinute) {
            throw new IllegalArgumentException("a working interval needs 00:00 <= start < end <= 24:00, got "
                    + format(startMinute) + "–" + format(endMinute) + " on " + day);
        }
    }

    /** Parses "HH:mm" times; the end may be "24:00". */
    public static WorkingInterval of(DayOfWeek day, String start, String end) {
        return new WorkingInterval(day, parseMinute(start), parseMinute(end));
    }

    /** An end of {@link LocalTime#MIDNIGHT} means the end of the day (24:00). */
    public static WorkingInterval of(DayOfWeek day, LocalTime start, LocalTime end) {
        int endMinute = LocalTime.MIDNIGHT.equals(end) ? END_OF_DAY : minuteOf(end);
        return new WorkingInterval(day, minuteOf(start), endMinute);
    }

    public static WorkingInterval wholeDay(DayOfWeek day) {
        return new WorkingInterval(day, 0, END_OF_DAY);
    }

    /** The same interval on each of the given days. */
    public static List<WorkingInterval> onDays(Collection<DayOfWeek> days, String start, String end) {
        List<WorkingInterval> intervals = new ArrayList<>();
        for (DayOfWeek day : EnumSet.copyOf(days)) {
            intervals.add(of(day, start, end));
        }
        return List.copyOf(intervals);
    }

    /** The same interval Monday to Friday. */
    public static List<WorkingInterval> onWeekdays(String start, String end) {
        return onDays(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), start, end);
    }

    public LocalTime startTime() {
        return LocalTime.of(startMinute / 60, startMinute % 60);
    }

    /** The end as a time of day; {@link LocalTime#MIDNIGHT} when the interval runs to 24:00. */
    public LocalTime endTime() {
        return endsAtEndOfDay() ? LocalTime.MIDNIGHT : LocalTime.of(endMinute / 60, endMinute % 60);
    }

    public boolean endsAtEndOfDay() {
        return endMinute == END_OF_DAY;
    }

    public boolean overlaps(WorkingInterval other) {
        return day == other.day && startMinute < other.endMinute && other.startMinute < endMinute;
    }

    @Override
    public String toString() {
        return day + " " + format(startMinute) + "–" + format(endMinute);
    }

    private static int parseMinute(String text) {
        Objects.requireNonNull(text, "time");
        if (!text.matches("\\d{2}:\\d{2}")) {
            throw new IllegalArgumentException("expected HH:mm, got '" + text + "'");
        }
        int hours = Integer.parseInt(text.substring(0, 2));
        int minutes = Integer.parseInt(text.substring(3));
        if (minutes > 59 || hours > 24 || (hours == 24 && minutes != 0)) {
            throw new IllegalArgumentException("not a time of day between 00:00 and 24:00: '" + text + "'");
        }
        return hours * 60 + minutes;
    }

    private static int minuteOf(LocalTime time) {
        Objects.requireNonNull(time, "time");
        if (time.getSecond() != 0 || time.getNano() != 0) {
            throw new IllegalArgumentException("working intervals have minute precision, got " + time);
        }
        return time.getHour() * 60 + time.getMinute();
    }

    private static String format(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
