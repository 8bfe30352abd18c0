package io.tierdesk.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Business calendars by id and version. A calendar's version changes with every edit, so an entry never goes
 * stale: a caller that knows the version in force (read in the same statement as whatever named the calendar)
 * gets the calendar of exactly that version, whichever replica made it. Bounded: when full, it starts afresh.
 */
@ApplicationScoped
class CalendarVersions {

    private static final int MAX_ENTRIES = 256;

    private record Key(UUID id, long version) {}

    private final Map<Key, BusinessCalendar> calendars = new ConcurrentHashMap<>();

    BusinessCalendar get(UUID id, long version) {
        return calendars.get(new Key(id, version));
    }

    void put(UUID id, long version, BusinessCalendar calendar) {
        if (calendars.size() >= MAX_ENTRIES) {
            calendars.clear();
        }
        calendars.put(new Key(id, version), calendar);
    }
}
