package io.tierdesk.calendar;

import io.tierdesk.api.model.CalendarDto;
import io.tierdesk.api.model.CalendarHolidayDto;
import io.tierdesk.api.model.WeekdayDto;
import io.tierdesk.api.model.WorkingHoursDto;
import io.tierdesk.common.Timestamps;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;

final class CalendarMapper {

    private static final Comparator<CalendarDefinition.Hours> BY_DAY_AND_START =
            Comparator.comparing(CalendarDefinition.Hours::day).thenComparing(CalendarDefinition.Hours::start);

    private CalendarMapper() {}

    static CalendarDto toApi(CalendarDefinition calendar) {
        return new CalendarDto()
                .id(calendar.id)
                .name(calendar.name)
                .timeZone(calendar.timeZone)
                .workingHours(calendar.workingHours.stream()
                        .map(CalendarMapper::toApi)
                        .toList())
                .holidays(calendar.holidays.stream().map(CalendarMapper::toApi).toList())
                .builtIn(calendar.builtIn)
                .version(calendar.version)
                .createdAt(Timestamps.utc(calendar.createdAt))
                .updatedAt(Timestamps.utc(calendar.updatedAt));
    }

    static BusinessCalendar toBusinessCalendar(CalendarDefinition calendar) {
        return toBusinessCalendar(calendar.timeZone, calendar.workingHours, calendar.holidays);
    }

    static BusinessCalendar toBusinessCalendar(
            String timeZone, List<CalendarDefinition.Hours> hours, List<CalendarDefinition.Closure> holidays) {
        return new BusinessCalendar(
                ZoneId.of(timeZone),
                hours.stream()
                        .map(h -> WorkingInterval.of(h.day(), h.start(), h.end()))
                        .toList(),
                holidays.stream()
                        .map(h -> new Holiday(h.date(), h.recurringYearly()))
                        .toList());
    }

    /** In request order, so that problems can name the entry by its index. */
    static List<CalendarDefinition.Hours> hours(List<WorkingHoursDto> hours) {
        return hours.stream()
                .map(h -> new CalendarDefinition.Hours(
                        DayOfWeek.valueOf(h.getDay().name()), h.getStart(), h.getEnd()))
                .toList();
    }

    /** Stored sorted by day and start, so reading a calendar shows its week in order. */
    static List<CalendarDefinition.Hours> sorted(List<CalendarDefinition.Hours> hours) {
        return hours.stream().sorted(BY_DAY_AND_START).toList();
    }

    static List<CalendarDefinition.Closure> holidays(List<CalendarHolidayDto> holidays) {
        if (holidays == null) {
            return List.of();
        }
        return holidays.stream()
                .map(h -> new CalendarDefinition.Closure(
                        h.getDate(), Boolean.TRUE.equals(h.getRecurringYearly()), h.getName()))
                .toList();
    }

    private static WorkingHoursDto toApi(CalendarDefinition.Hours hours) {
        return new WorkingHoursDto()
                .day(WeekdayDto.valueOf(hours.day().name()))
                .start(hours.start())
                .end(hours.end());
    }

    private static CalendarHolidayDto toApi(CalendarDefinition.Closure holiday) {
        return new CalendarHolidayDto()
                .date(holiday.date())
                .recurringYearly(holiday.recurringYearly())
                .name(holiday.name());
    }
}
