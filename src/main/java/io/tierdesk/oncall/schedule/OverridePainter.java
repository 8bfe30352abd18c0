package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.ScheduleEntry.Source.OVERRIDE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lays overrides over a rendered schedule, oldest first, so that where they overlap the newest
 * is the one left showing and no instant ever has two people on call.
 */
final class OverridePainter {

    private static final Comparator<ShiftOverride> OLDEST_FIRST =
            Comparator.comparingLong(ShiftOverride::createdSequence).thenComparing(ShiftOverride::id);

    private OverridePainter() {}

    static List<ScheduleEntry> paint(
            List<ScheduleEntry> schedule, List<ShiftOverride> overrides, Instant since, Instant until) {
        List<ScheduleEntry> painted = schedule;
        for (ShiftOverride override : overrides.stream().sorted(OLDEST_FIRST).toList()) {
            Instant start = Interval.max(override.start(), since);
            Instant end = Interval.min(override.end(), until);
            if (start.isBefore(end)) {
                painted = paintOne(painted, asEntry(override, start, end));
            }
        }
        return new ScheduleBuilder().addAll(painted).build();
    }

    private static ScheduleEntry asEntry(ShiftOverride override, Instant start, Instant end) {
        return override.isGap()
                ? ScheduleEntry.gap(start, end, OVERRIDE)
                : ScheduleEntry.onCall(start, end, override.member(), OVERRIDE);
    }

    private static List<ScheduleEntry> paintOne(List<ScheduleEntry> schedule, ScheduleEntry top) {
        List<ScheduleEntry> result = new ArrayList<>(schedule.size() + 2);
        boolean placed = false;
        for (ScheduleEntry entry : schedule) {
            if (!entry.end().isAfter(top.start())) {
                result.add(entry);
                continue;
            }
            if (!entry.start().isBefore(top.end())) {
                if (!placed) {
                    result.add(top);
                    placed = true;
                }
                result.add(entry);
                continue;
            }
            if (entry.start().isBefore(top.start())) {
                result.add(entry.withBounds(entry.start(), top.start()));
            }
            if (!placed) {
                result.add(top);
                placed = true;
            }
            if (entry.end().isAfter(top.end())) {
                result.add(entry.withBounds(top.end(), entry.end()));
            }
        }
        if (!placed) {
            result.add(top);
        }
        return result;
    }
}
