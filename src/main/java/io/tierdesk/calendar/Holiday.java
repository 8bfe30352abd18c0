package io.tierdesk.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A whole local day on which the calendar is closed. A yearly holiday applies on its
 * month and day in every year; one on 29 February applies only in leap years.
 */
public record Holiday(LocalDate date, boolean recurringYearly) {

    public Holiday {
        Objects.requireNonNull(date, "date");
    }

    public static Holiday once(LocalDate date) {
        return new Holiday(date, false);
    }

    public static Holiday yearly(LocalDate date) {
        return new Holiday(date, true);
    }

    public boolean appliesTo(LocalDate day) {
        if (!recurringYearly) {
            return date.equals(day);
        }
        return date.getMonth() == day.getMonth() && date.getDayOfMonth() == day.getDayOfMonth();
    }
}
