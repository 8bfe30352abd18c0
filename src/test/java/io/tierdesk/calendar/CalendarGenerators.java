package io.tierdesk.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Seeded generators for calendars, instants and durations, biased towards DST changes, for use
 * with {@link PropertyCheck}. Ranges are inclusive, and their bounds come up more often than
 * uniform sampling would give them.
 */
public final class CalendarGenerators {

    /** Zones with ordinary, half-hour and midnight DST changes, and none at all. */
    private static final List<String> ZONES = List.of(
            "Europe/Amsterdam",
            "America/New_York",
            "UTC",
            "Asia/Kolkata",
            "Australia/Lord_Howe",
            "America/Santiago",
            "America/Havana");

    private static final Instant EARLIEST = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("2027-12-31T00:00:00Z");

    /** Amsterdam, New York, Lord Howe and Havana changes in 2026. */
    private static final List<Instant> DST_CHANGES = List.of(
            Instant.parse("2026-03-29T01:00:00Z"), Instant.parse("2026-10-25T01:00:00Z"),
            Instant.parse("2026-03-08T07:00:00Z"), Instant.parse("2026-11-01T06:00:00Z"),
            Instant.parse("2026-04-04T15:00:00Z"), Instant.parse("2026-10-03T15:30:00Z"),
            Instant.parse("2026-03-08T05:00:00Z"), Instant.parse("2026-11-01T05:00:00Z"));

    private CalendarGenerators() {}

    /**
     * Up to three intervals on each day, with random holidays; calendars open less than two
     * hours a week are regenerated, as they would be too sparse to walk quickly.
     */
    public static BusinessCalendar calendar(Random random) {
        while (true) {
            ZoneId zone = zone(random);
            List<List<Integer>> boundariesPerDay = new ArrayList<>();
            for (int day = 0; day < 7; day++) {
                boundariesPerDay.add(uniqueInts(random, 6, 0, WorkingInterval.END_OF_DAY));
            }
            List<Holiday> holidays = holidays(random);
            BusinessCalendar calendar = calendarOrNull(zone, boundariesPerDay, holidays);
            if (calendar != null) {
                return calendar;
            }
        }
    }

    public static ZoneId zone(Random random) {
        return ZoneId.of(oneOf(random, ZONES));
    }

    /** Anywhere from 2025 to 2027, or within three days of a DST change, each half the time. */
    public static Instant instant(Random random) {
        if (random.nextBoolean()) {
            return Instant.ofEpochSecond(longBetween(random, EARLIEST.getEpochSecond(), LATEST.getEpochSecond()));
        }
        return oneOf(random, DST_CHANGES).plusSeconds(longBetween(random, -72 * 3600, 72 * 3600));
    }

    /** Up to 60 hours, at second precision, with whole hours and zero as likely cases. */
    public static Duration duration(Random random) {
        if (random.nextBoolean()) {
            return Duration.ofSeconds(longBetween(random, 0, 60 * 3600));
        }
        return Duration.ofHours(longBetween(random, 0, 60));
    }

    /** A value in {@code [min, max]}: each bound one time in sixteen, otherwise uniform. */
    public static long longBetween(Random random, long min, long max) {
        return switch (random.nextInt(16)) {
            case 0 -> min;
            case 1 -> max;
            default -> random.nextLong(min, max + 1);
        };
    }

    /** Uniform list size in {@code [0, maxSize]}. */
    public static int sizeUpTo(Random random, int maxSize) {
        return random.nextInt(maxSize + 1);
    }

    public static <T> T oneOf(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static List<Integer> uniqueInts(Random random, int maxSize, int min, int max) {
        int size = sizeUpTo(random, maxSize);
        Set<Integer> values = new LinkedHashSet<>();
        while (values.size() < size) {
            values.add((int) longBetween(random, min, max));
        }
        return new ArrayList<>(values);
    }

    private static List<Holiday> holidays(Random random) {
        int size = sizeUpTo(random, 8);
        List<Holiday> holidays = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            LocalDate date = LocalDate.of(2025, 1, 1).plusDays(longBetween(random, 0, 3 * 365));
            holidays.add(new Holiday(date, random.nextBoolean()));
        }
        return holidays;
    }

    /** Pairs sorted boundaries into intervals; null when the week would be too sparse to walk quickly. */
    private static BusinessCalendar calendarOrNull(
            ZoneId zone, List<List<Integer>> boundariesPerDay, List<Holiday> holidays) {
        List<WorkingInterval> intervals = new ArrayList<>();
        int weeklyMinutes = 0;
        for (DayOfWeek day : DayOfWeek.values()) {
            List<Integer> boundaries = new ArrayList<>(boundariesPerDay.get(day.ordinal()));
            boundaries.sort(null);
            for (int i = 0; i + 1 < boundaries.size(); i += 2) {
                intervals.add(new WorkingInterval(day, boundaries.get(i), boundaries.get(i + 1)));
                weeklyMinutes += boundaries.get(i + 1) - boundaries.get(i);
            }
        }
        if (weeklyMinutes < 120) {
            return null;
        }
        return new BusinessCalendar(zone, intervals, holidays);
    }
}
