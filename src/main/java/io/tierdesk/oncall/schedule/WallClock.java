package io.tierdesk.oncall.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/** Turns local wall-clock times of a zone into instants, the way handoffs are resolved. */
public final class WallClock {

    /** Monday 1970-01-05 00:00 as local epoch seconds; week phases are measured from it. */
    static final long FIRST_MONDAY_EPOCH_SECOND = 4L * 86_400;

    private WallClock() {}

    /**
     * The instant a local date-time denotes, resolved as RFC 5545 §3.3.5 and
     * {@link java.time.ZonedDateTime#of} do: a time skipped by a forward change moves forward by
     * the length of the gap (02:30 on a 02:00→03:00 night is 03:30), so a handoff keeps its
     * distance from the neighbouring ones and the shifts on either side still add up to the
     * elapsed time; a repeated time takes the earlier offset, i.e. its first occurrence.
     */
    public static Instant resolve(LocalDateTime local, ZoneId zone) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffset> offsets = rules.getValidOffsets(local);
        if (offsets.isEmpty()) {
            ZoneOffsetTransition gap = rules.getTransition(local);
            return local.plus(gap.getDuration()).toInstant(gap.getOffsetAfter());
        }
        // For an overlap the list is [offset before, offset after]; the first is the earlier instant.
        return local.toInstant(offsets.get(0));
    }

    static long localEpochSecond(LocalDateTime local) {
        return local.toEpochSecond(ZoneOffset.UTC);
    }

    /** Seconds since the most recent Monday 00:00 of a local epoch second. */
    static long phaseInWeek(long localEpochSecond) {
        return Math.floorMod(localEpochSecond - FIRST_MONDAY_EPOCH_SECOND, WeeklyWindow.SECONDS_PER_WEEK);
    }
}
