package io.tierdesk.oncall.schedule;

/**
 * Unit of a rotation's shift length.
 *
 * <p>{@link #HOURS} counts real elapsed time, so every hourly shift lasts exactly as long as
 * configured even across a daylight-saving change (its handoffs drift by the change in local
 * time). {@link #DAYS} and {@link #WEEKS} are local calendar arithmetic in the rotation's zone:
 * handoffs keep their local wall-clock time, so the shift that spans a change is an hour
 * (or half an hour) shorter or longer.
 */
public enum ShiftUnit {
    HOURS,
    DAYS,
    WEEKS
}
