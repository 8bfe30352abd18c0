package io.tierdesk.calendar;

import io.tierdesk.common.FieldError;
import io.tierdesk.common.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks a calendar definition before it is stored: a known IANA zone, working intervals that end after they start
 * and do not overlap on a day, and some business time at all. Reports every invalid field at once.
 */
final class CalendarRules {

    private static final Set<String> IANA_ZONES = ZoneId.getAvailableZoneIds();
    private static final Instant PROBE = Instant.parse("2026-01-01T00:00:00Z");

    private CalendarRules() {}

    /** The business calendar the definition describes, or a 400 problem listing what is wrong with it. */
    static BusinessCalendar check(
            String timeZone, List<CalendarDefinition.Hours> hours, List<CalendarDefinition.Closure> holidays) {
        List<FieldError> errors = new ArrayList<>();
        if (!IANA_ZONES.contains(timeZone)) {
            errors.add(new FieldError("time_zone", "is not a known IANA time zone"));
        }
        List<WorkingInterval> intervals = new ArrayList<>();
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < hours.size(); i++) {
            CalendarDefinition.Hours entry = hours.get(i);
            try {
                intervals.add(WorkingInterval.of(entry.day(), entry.start(), entry.end()));
                positions.add(i);
            } catch (IllegalArgumentException invalid) {
                errors.add(new FieldError("working_hours[" + i + "].end", "must be after start"));
            }
        }
        for (int a = 0; a < intervals.size(); a++) {
            for (int b = a + 1; b < intervals.size(); b++) {
                if (intervals.get(a).overlaps(intervals.get(b))) {
                    errors.add(new FieldError(
                            "working_hours[" + positions.get(b) + "]",
                            "overlaps working_hours[" + positions.get(a) + "] (" + intervals.get(a) + ")"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw invalid(errors);
        }
        BusinessCalendar calendar = CalendarMapper.toBusinessCalendar(timeZone, hours, holidays);
        requireBusinessTime(calendar);
        return calendar;
    }

    /** Holidays recurring on every working day would leave SLA clocks without time to run in. */
    private static void requireBusinessTime(BusinessCalendar calendar) {
        try {
            calendar.addBusinessTime(PROBE, Duration.ofMinutes(1));
        } catch (IllegalStateException neverOpen) {
            throw invalid(List.of(new FieldError("holidays", "leave no working day in the calendar")));
        }
    }

    private static InvalidInput invalid(List<FieldError> errors) {
        return InvalidInput.fields(errors);
    }
}
