package io.tierdesk.calendar;

import io.tierdesk.api.model.CalendarCreateDto;
import io.tierdesk.api.model.CalendarUpdateDto;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.ETags;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.journal.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Business calendars: their rules, and the {@link BusinessCalendar} other features compute SLA time in. */
@ApplicationScoped
public class CalendarService {

    private final CalendarRepository calendars;
    private final CalendarVersions versions;
    private final Usage usage;
    private final Journal journal;

    CalendarService(CalendarRepository calendars, CalendarVersions versions, Usage usage, Journal journal) {
        this.calendars = calendars;
        this.versions = versions;
        this.usage = usage;
        this.journal = journal;
    }

    /** The calendar, or a 404 problem. */
    public CalendarDefinition get(UUID id) {
        CalendarDefinition calendar = calendars.findById(id);
        if (calendar == null) {
            throw new NotFound("calendar", id);
        }
        return calendar;
    }

    /** The calendar with this id, or a 422 problem naming the field that referred to it. */
    public CalendarDefinition require(UUID id, String field) {
        CalendarDefinition calendar = calendars.findById(id);
        if (calendar == null) {
            throw new RuleViolation(
                    "unknown-calendar", "Unknown calendar", "The " + field + " '" + id + "' names no calendar.");
        }
        return calendar;
    }

    /** The calendar's current definition, ready for business-time arithmetic; a 404 problem when it is unknown. */
    public BusinessCalendar businessCalendar(UUID id) {
        return CalendarMapper.toBusinessCalendar(get(id));
    }

    /**
     * As {@link #businessCalendar(UUID)}, for a caller that read the calendar's version in force: served from memory
     * when that version was built before (a version is never changed), else read and built.
     */
    public BusinessCalendar businessCalendar(UUID id, long version) {
        BusinessCalendar known = versions.get(id, version);
        if (known != null) {
            return known;
        }
        CalendarDefinition definition = get(id);
        BusinessCalendar calendar = CalendarMapper.toBusinessCalendar(definition);
        if (definition.version == version) {
            versions.put(id, version, calendar);
        }
        return calendar;
    }

    @Transactional
    public CalendarDefinition create(CalendarCreateDto request) {
        requireFreeName(request.getName(), null);
        List<CalendarDefinition.Hours> hours = CalendarMapper.hours(request.getWorkingHours());
        List<CalendarDefinition.Closure> holidays = CalendarMapper.holidays(request.getHolidays());
        CalendarRules.check(request.getTimeZone(), hours, holidays);
        CalendarDefinition calendar = new CalendarDefinition();
        calendar.id = UUID.randomUUID();
        calendar.name = request.getName();
        calendar.timeZone = request.getTimeZone();
        calendar.workingHours = new ArrayList<>(CalendarMapper.sorted(hours));
        calendar.holidays = new ArrayList<>(holidays);
        calendar.version = 1;
        calendars.persist(calendar);
        journal.created(
                "calendar.created", Journal.Subject.of("calendar", calendar.id), calendar, CalendarMapper::toApi);
        return calendar;
    }

    @Transactional
    public CalendarDefinition update(UUID id, CalendarUpdateDto change, String ifMatch) {
        CalendarDefinition calendar = changeable(id, ifMatch);
        var before = CalendarMapper.toApi(calendar);
        String name = Objects.requireNonNullElse(change.getName(), calendar.name);
        String timeZone = Objects.requireNonNullElse(change.getTimeZone(), calendar.timeZone);
        List<CalendarDefinition.Hours> hours = change.getWorkingHours() == null
                ? calendar.workingHours
                : CalendarMapper.hours(change.getWorkingHours());
        List<CalendarDefinition.Closure> holidays =
                change.getHolidays() == null ? calendar.holidays : CalendarMapper.holidays(change.getHolidays());
        if (!name.equals(calendar.name)) {
            requireFreeName(name, id);
        }
        CalendarRules.check(timeZone, hours, holidays);
        hours = CalendarMapper.sorted(hours);
        if (name.equals(calendar.name)
                && timeZone.equals(calendar.timeZone)
                && hours.equals(calendar.workingHours)
                && holidays.equals(calendar.holidays)) {
            return calendar;
        }
        calendar.name = name;
        calendar.timeZone = timeZone;
        calendar.workingHours = new ArrayList<>(hours);
        calendar.holidays = new ArrayList<>(holidays);
        journal.changed(
                "calendar.updated",
                Journal.Subject.of("calendar", calendar.id),
                calendar,
                before,
                CalendarMapper::toApi);
        return calendar;
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        CalendarDefinition calendar = changeable(id, ifMatch);
        List<String> users = usage.policiesUsing(id);
        if (!users.isEmpty()) {
            throw new Conflict(
                    "calendar-in-use",
                    "The calendar is used by SLA policy '" + String.join("', '", users)
                            + "' (in its current or an earlier version).");
        }
        calendars.delete(calendar);
        journal.record(
                "calendar.deleted", Journal.Subject.of("calendar", calendar.id), CalendarMapper.toApi(calendar), null);
    }

    private CalendarDefinition changeable(UUID id, String ifMatch) {
        CalendarDefinition calendar = get(id);
        if (calendar.builtIn) {
            throw new Conflict(
                    "calendar-built-in", "The built-in calendar '" + calendar.name + "' cannot be changed or deleted.");
        }
        ETags.checkIfMatch(ifMatch, calendar.version);
        return calendar;
    }

    private void requireFreeName(String name, UUID exceptId) {
        if (calendars.nameTaken(name, exceptId)) {
            throw new Conflict("calendar-name-taken", "A calendar named '" + name + "' exists.");
        }
    }

    /** Tells which SLA policies use a calendar; implemented by the SLA feature. */
    public interface Usage {
        /** Names of policies whose current or any earlier version uses the calendar; empty when none does. */
        List<String> policiesUsing(UUID calendarId);
    }

    /** Calendars by name, after (name, id) of the previous page. */
    public List<CalendarDefinition> page(String afterName, UUID afterId, int fetch) {
        return calendars.page(afterName, afterId, fetch);
    }
}
