package io.tierdesk.oncall.schedule;

import java.time.Instant;

/** A half-open span of instants [start, end). */
record Interval(Instant start, Instant end) {

    boolean overlaps(Instant otherStart, Instant otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }

    static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
