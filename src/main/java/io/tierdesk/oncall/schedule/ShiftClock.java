package io.tierdesk.oncall.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * Where shift {@code k} of a rotation starts, and which shift holds a given instant, both by
 * arithmetic from the anchor so that distant anchors cost nothing.
 */
final class ShiftClock {

    private final ZoneId zone;
    private final LocalDateTime anchor;
    private final ShiftLength length;
    private final long lengthSeconds;
    private final long anchorEpochSecond;
    private final long anchorLocalEpochSecond;

    ShiftClock(RotationRule rule) {
        this.zone = rule.zone();
        this.anchor = rule.handoffAnchor();
        this.length = rule.shiftLength();
        this.lengthSeconds = length.seconds();
        this.anchorEpochSecond = WallClock.resolve(anchor, zone).getEpochSecond();
        this.anchorLocalEpochSecond = WallClock.localEpochSecond(anchor);
    }

    Instant start(long shift) {
        if (length.isElapsedTime()) {
            return Instant.ofEpochSecond(anchorEpochSecond + Math.multiplyExact(shift, lengthSeconds));
        }
        LocalDateTime local = anchor.plusDays(Math.multiplyExact(shift, length.calendarDays()));
        return WallClock.resolve(local, zone);
    }

    Instant end(long shift) {
        return start(shift + 1);
    }

    /** The shift k with start(k) <= instant < start(k + 1). */
    long indexAt(Instant instant) {
        if (length.isElapsedTime()) {
            // Anchor and length are whole seconds, so the nanos of the instant cannot cross a boundary.
            return Math.floorDiv(instant.getEpochSecond() - anchorEpochSecond, lengthSeconds);
        }
        ZoneOffset offset = zone.getRules().getOffset(instant);
        long localSecond = instant.getEpochSecond() + offset.getTotalSeconds();
        long shift = Math.floorDiv(localSecond - anchorLocalEpochSecond, lengthSeconds);
        // Local arithmetic lands on the right shift except right next to an offset change.
        while (start(shift).isAfter(instant)) {
            shift--;
        }
        while (!end(shift).isAfter(instant)) {
            shift++;
        }
        return shift;
    }

    boolean isElapsedTime() {
        return length.isElapsedTime();
    }

    long lengthSeconds() {
        return lengthSeconds;
    }

    long anchorEpochSecond() {
        return anchorEpochSecond;
    }

    long anchorLocalEpochSecond() {
        return anchorLocalEpochSecond;
    }

    ZoneId zone() {
        return zone;
    }
}
