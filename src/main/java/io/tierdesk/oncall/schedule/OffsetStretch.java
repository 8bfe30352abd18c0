package io.tierdesk.oncall.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/** A span [start, end) during which a zone keeps one UTC offset, so local = instant + offset. */
record OffsetStretch(Instant start, Instant end, int offsetSeconds) {

    /** Splits [from, to) at every offset change of the zone. */
    static List<OffsetStretch> between(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        List<OffsetStretch> stretches = new ArrayList<>();
        Instant cursor = from;
        int offset = rules.getOffset(from).getTotalSeconds();
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && next.getInstant().isBefore(to)) {
            stretches.add(new OffsetStretch(cursor, next.getInstant(), offset));
            cursor = next.getInstant();
            offset = next.getOffsetAfter().getTotalSeconds();
            next = rules.nextTransition(cursor);
        }
        if (cursor.isBefore(to)) {
            stretches.add(new OffsetStretch(cursor, to, offset));
        }
        return stretches;
    }

    /** The zone's offset changes at instants in (from, to]. */
    static List<ZoneOffsetTransition> transitionsAfterUpTo(ZoneId zone, Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        List<ZoneOffsetTransition> transitions = new ArrayList<>();
        ZoneOffsetTransition next = rules.nextTransition(from);
        while (next != null && !next.getInstant().isAfter(to)) {
            transitions.add(next);
            next = rules.nextTransition(next.getInstant());
        }
        return transitions;
    }
}
