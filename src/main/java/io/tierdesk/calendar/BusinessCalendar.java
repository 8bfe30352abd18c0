package io.tierdesk.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When business time runs: weekly working intervals in a time zone, minus holidays.
 *
 * <p>Each working interval is turned into a window of real instants per local date, so
 * business hours keep their wall-clock times across daylight-saving changes, and a
 * whole-day calendar counts real elapsed time (a 23-hour day holds 23 hours).
 * Local times are resolved like this:
 * <ul>
 *   <li>a time inside a DST gap maps to the end of the gap, so an interval that falls
 *       (partly) into a gap simply holds fewer real minutes;</li>
 *   <li>a time inside a DST overlap takes the earlier offset, so an interval spanning
 *       the repeated hour holds more real minutes.</li>
 * </ul>
 * Both rules keep the mapping monotonic, so adjacent intervals (09:00–12:00,
 * 12:00–13:00, or 22:00–24:00 followed by 00:00–06:00) stay adjacent.
 *
 * <p>Walks go day by day and give up with {@link IllegalStateException} after
 * {@value #MAX_DAYS_WITHOUT_BUSINESS_TIME} consecutive days without business time,
 * which only a holiday-saturated calendar can reach.
 */
public final class BusinessCalendar {

    public static final int MAX_DAYS_WITHOUT_BUSINESS_TIME = 3 * 366;

    /** Dates whose windows are kept (about five years); when full, the memo starts afresh. */
    private static final int MAX_REMEMBERED_DATES = 2048;

    private final ZoneId zone;
    private final ZoneRules rules;
    private final List<WorkingInterval> workingIntervals;
    private final List<Holiday> holidays;
    private final Map<DayOfWeek, List<WorkingInterval>> intervalsByDay;
    private final Set<LocalDate> fixedHolidays = new HashSet<>();
    private final Set<MonthDay> yearlyHolidays = new HashSet<>();
    private final boolean alwaysOpen;
    /**
     * Windows by local date, computed once: a calendar is shared by every clock on it, and each SLA operation walks
     * the same days again, with a zone-rule lookup per working-interval bound.
     */
    private final Map<LocalDate, List<Window>> windowsByDate = new ConcurrentHashMap<>();

    public BusinessCalendar(ZoneId zone, Collection<WorkingInterval> workingIntervals, Collection<Holiday> holidays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.rules = zone.getRules();
        this.workingIntervals = sortedWithoutOverlaps(workingIntervals);
        this.holidays = List.copyOf(holidays);
        this.intervalsByDay = byDay(this.workingIntervals);
        for (Holiday holiday : this.holidays) {
            if (holiday.recurringYearly()) {
                yearlyHolidays.add(MonthDay.from(holiday.date()));
            } else {
                fixedHolidays.add(holiday.date());
            }
        }
        this.alwaysOpen =
                this.holidays.isEmpty() && intervalsByDay.values().stream().allMatch(BusinessCalendar::coverWholeDay);
    }

    /** Open all day, every day: business time equals real elapsed time. */
    public static BusinessCalendar twentyFourSeven(ZoneId zone) {
        List<WorkingInterval> everyDay = EnumSet.allOf(DayOfWeek.class).stream()
                .map(WorkingInterval::wholeDay)
                .toList();
        return new BusinessCalendar(zone, everyDay, List.of());
    }

    public ZoneId zone() {
        return zone;
    }

    /** Sorted by day of week, then start. */
    public List<WorkingInterval> workingIntervals() {
        return workingIntervals;
    }

    public List<Holiday> holidays() {
        return holidays;
    }

    public boolean isHoliday(LocalDate date) {
        return fixedHolidays.contains(date) || yearlyHolidays.contains(MonthDay.from(date));
    }

    public boolean isOpen(Instant instant) {
        Objects.requireNonNull(instant, "instant");
        // An instant can only lie in a window of its own local date or a neighbouring one.
        LocalDate date = localDate(instant).minusDays(1);
        for (int i = 0; i < 3; i++, date = date.plusDays(1)) {
            for (Window window : windowsOn(date)) {
                if (window.contains(instant)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The earliest instant at or after {@code from} at which the calendar is open. */
    public Instant nextOpening(Instant from) {
        return addBusinessTime(from, Duration.ZERO);
    }

    /**
     * The instant at which {@code amount} of business time has passed since {@code start}.
     * A start at or after closing counts from the next opening. A zero amount returns
     * {@code start} when the calendar is open then, otherwise the next opening. A positive
     * amount that runs out exactly at a closing returns that closing instant.
     */
    public Instant addBusinessTime(Instant start, Duration amount) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("business time to add must not be negative: " + amount);
        }
        if (alwaysOpen) {
            return start.plus(amount);
        }
        Duration remaining = amount;
        Instant cursor = start;
        LocalDate date = localDate(start).minusDays(1);
        int daysWithoutBusinessTime = 0;
        while (true) {
            boolean foundBusinessTime = false;
            for (Window window : windowsOn(date)) {
                if (!window.end().isAfter(cursor)) {
                    continue;
                }
                foundBusinessTime = true;
                Instant from = later(window.start(), cursor);
                Duration available = Duration.between(from, window.end());
                if (remaining.compareTo(available) <= 0) {
                    return from.plus(remaining);
                }
                remaining = remaining.minus(available);
                cursor = window.end();
            }
            daysWithoutBusinessTime = foundBusinessTime ? 0 : daysWithoutBusinessTime + 1;
            if (daysWithoutBusinessTime > MAX_DAYS_WITHOUT_BUSINESS_TIME) {
                throw new IllegalStateException("no business time within " + MAX_DAYS_WITHOUT_BUSINESS_TIME
                        + " days after " + cursor + " in calendar " + this);
            }
            date = date.plusDays(1);
        }
    }

    /** Business time in [from, to); zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        if (alwaysOpen) {
            return Duration.between(from, to);
        }
        Duration total = Duration.ZERO;
        LocalDate last = localDate(to).plusDays(1);
        for (LocalDate date = localDate(from).minusDays(1); !date.isAfter(last); date = date.plusDays(1)) {
            for (Window window : windowsOn(date)) {
                Instant overlapStart = later(window.start(), from);
                Instant overlapEnd = window.end().isBefore(to) ? window.end() : to;
                if (overlapEnd.isAfter(overlapStart)) {
                    total = total.plus(Duration.between(overlapStart, overlapEnd));
                }
            }
        }
        return total;
    }

    private List<Window> windowsOn(LocalDate date) {
        List<Window> known = windowsByDate.get(date);
        if (known != null) {
            return known;
        }
        List<Window> windows = computeWindowsOn(date);
        if (windowsByDate.size() >= MAX_REMEMBERED_DATES) {
            windowsByDate.clear();
        }
        windowsByDate.put(date, windows);
        return windows;
    }

    private List<Window> computeWindowsOn(LocalDate date) {
        if (isHoliday(date)) {
            return List.of();
        }
        List<WorkingInterval> intervals = intervalsByDay.get(date.getDayOfWeek());
        List<Window> windows = new ArrayList<>(intervals.size());
        for (WorkingInterval interval : intervals) {
            Instant start = toInstant(date, interval.startMinute());
            Instant end = toInstant(date, interval.endMinute());
            if (end.isAfter(start)) {
                windows.add(new Window(start, end));
            }
        }
        return List.copyOf(windows);
    }

    private Instant toInstant(LocalDate date, int minuteOfDay) {
        LocalDateTime local = minuteOfDay == WorkingInterval.END_OF_DAY
                ? date.plusDays(1).atStartOfDay()
                : date.atTime(minuteOfDay / 60, minuteOfDay % 60);
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            return rules.getTransition(local).getInstant();
        }
        // In an overlap the first offset is the one before the transition: the earlier instant.
        return local.toInstant(offsets.get(0));
    }

    private LocalDate localDate(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * Whether a day's sorted intervals run from midnight to midnight without a gap. Windows of consecutive dates
     * then meet (both sides of a midnight resolve through the same zone rules), so business time is real time.
     */
    private static boolean coverWholeDay(List<WorkingInterval> sortedIntervals) {
        int covered = 0;
        for (WorkingInterval interval : sortedIntervals) {
            if (interval.startMinute() != covered) {
                return false;
            }
            covered = interval.endMinute();
        }
        return covered == WorkingInterval.END_OF_DAY;
    }

    private static List<WorkingInterval> sortedWithoutOverlaps(Collection<WorkingInterval> intervals) {
        Objects.requireNonNull(intervals, "workingIntervals");
        if (intervals.isEmpty()) {
            throw new IllegalArgumentException("a calendar needs at least one working interval");
        }
        List<WorkingInterval> sorted = intervals.stream()
                .map(interval -> Objects.requireNonNull(interval, "working interval"))
                .sorted(Comparator.comparing(WorkingInterval::day).thenComparingInt(WorkingInterval::startMinute))
                .toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i - 1).overlaps(sorted.get(i))) {
                throw new IllegalArgumentException(
                        "working intervals overlap: " + sorted.get(i - 1) + " and " + sorted.get(i));
            }
        }
        return sorted;
    }

    private static Map<DayOfWeek, List<WorkingInterval>> byDay(List<WorkingInterval> sorted) {
        Map<DayOfWeek, List<WorkingInterval>> byDay = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            byDay.put(
                    day,
                    sorted.stream().filter(interval -> interval.day() == day).toList());
        }
        return byDay;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar that
                && zone.equals(that.zone)
                && workingIntervals.equals(that.workingIntervals)
                && Set.copyOf(holidays).equals(Set.copyOf(that.holidays));
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, workingIntervals, Set.copyOf(holidays));
    }

    @Override
    public String toString() {
        return "BusinessCalendar[" + zone + ", " + workingIntervals + ", holidays=" + holidays + "]";
    }

    /** Business time of one working interval on one date, as real instants [start, end). */
    private record Window(Instant start, Instant end) {
        boolean contains(Instant instant) {
            return !instant.isBefore(start) && instant.isBefore(end);
        }
    }
}
