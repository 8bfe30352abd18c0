package io.tierdesk.calendar;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tierdesk.common.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A stored business calendar; {@link CalendarMapper#toBusinessCalendar} turns it into the {@link BusinessCalendar} that does the arithmetic. */
@Entity
@Table(name = "calendars")
public class CalendarDefinition extends TrackedEntity {

    public String name;

    @Column(name = "time_zone")
    public String timeZone;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "working_hours")
    public List<Hours> workingHours = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.JSON)
    public List<Closure> holidays = new ArrayList<>();

    @Column(name = "built_in")
    public boolean builtIn;

    /** One weekly working interval as entered: local "HH:MM" times, the end may be "24:00". */
    public record Hours(DayOfWeek day, String start, String end) {}

    /**
     * A holiday: a local date on which the calendar is closed. The date is pinned to ISO text: Hibernate's JSON
     * mapper would otherwise write it as an array, unlike the seeds and unreadable in SQL.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Closure(
            @JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd")
            LocalDate date,

            @JsonProperty("recurring_yearly") boolean recurringYearly,
            String name) {}
}
