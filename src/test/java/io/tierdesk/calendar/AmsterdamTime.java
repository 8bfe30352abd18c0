package io.tierdesk.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

/** Local Amsterdam wall-clock times as instants, to keep examples readable. */
public final class AmsterdamTime {

    public static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private AmsterdamTime() {}

    /** "2026-03-13T16:00" in Europe/Amsterdam. */
    public static Instant ams(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(AMSTERDAM).toInstant();
    }

    /** Monday to Friday 09:00–17:00 in Europe/Amsterdam, no holidays. */
    public static BusinessCalendar officeHours(Holiday... holidays) {
        return new BusinessCalendar(AMSTERDAM, WorkingInterval.onWeekdays("09:00", "17:00"), List.of(holidays));
    }
}
