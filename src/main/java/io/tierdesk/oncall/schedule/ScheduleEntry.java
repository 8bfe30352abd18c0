package io.tierdesk.oncall.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** One piece of a rendered schedule: who is on call during [start, end), or an explicit gap. */
public record ScheduleEntry(Instant start, Instant end, String member, Source source, boolean isGap) {

    /** Where the answer comes from. */
    public enum Source {
        ROTATION,
        OVERRIDE
    }

    public ScheduleEntry {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(source, "source");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("entry end must be after its start");
        }
        if (isGap != (member == null)) {
            throw new IllegalArgumentException("an entry is a gap exactly when it has no member");
        }
    }

    public static ScheduleEntry onCall(Instant start, Instant end, String member, Source source) {
        return new ScheduleEntry(start, end, Objects.requireNonNull(member, "member"), source, false);
    }

    public static ScheduleEntry gap(Instant start, Instant end, Source source) {
        return new ScheduleEntry(start, end, null, source, true);
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    public Duration duration() {
        return Duration.between(start, end);
    }

    ScheduleEntry withBounds(Instant newStart, Instant newEnd) {
        return new ScheduleEntry(newStart, newEnd, member, source, isGap);
    }

    /** Same member and source, so two adjacent entries read as one. */
    boolean sameAssignmentAs(ScheduleEntry other) {
        return source == other.source && Objects.equals(member, other.member);
    }
}
