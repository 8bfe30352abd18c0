package io.tierdesk.oncall.schedule;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Where several rotations together leave nobody on call (gaps) or more than one rotation puts someone on call at
 * once (overlaps), over a window [since, until), as exact instants. Neighbouring pieces that read the same are
 * joined: gaps always, overlaps when the same people of the same rotations are on call.
 */
public record Coverage(Instant since, Instant until, List<Gap> gaps, List<Overlap> overlaps) {

    /** Nobody on call in any of the rotations during [start, end). */
    public record Gap(Instant start, Instant end) {}

    /** During [start, end) each of {@code onCall} (two or more) is on call. */
    public record Overlap(Instant start, Instant end, List<Assignment> onCall) {}

    /** Who a rotation puts on call. */
    public record Assignment(String rotationId, String member) {}

    public Coverage {
        gaps = List.copyOf(gaps);
        overlaps = List.copyOf(overlaps);
    }

    /**
     * The coverage of rendered schedules, one per rotation id in the order given, each covering [since, until)
     * (see {@link RotationSchedule#render}). No rotations at all is one gap over the whole window.
     */
    public static Coverage of(Map<String, List<ScheduleEntry>> schedules, Instant since, Instant until) {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(since)) {
            throw new IllegalArgumentException("until must be after since");
        }
        TreeSet<Instant> edges = new TreeSet<>(List.of(since, until));
        schedules
                .values()
                .forEach(entries -> entries.forEach(entry -> {
                    edges.add(Interval.max(since, Interval.min(until, entry.start())));
                    edges.add(Interval.max(since, Interval.min(until, entry.end())));
                }));
        List<String> rotationIds = List.copyOf(schedules.keySet());
        List<List<ScheduleEntry>> entries =
                rotationIds.stream().map(schedules::get).toList();
        // Edges only grow, so each rotation's entry holding the next piece is at or after the previous one's.
        int[] cursors = new int[rotationIds.size()];
        List<Gap> gaps = new ArrayList<>();
        List<Overlap> overlaps = new ArrayList<>();
        Instant start = null;
        for (Instant end : edges) {
            if (start != null) {
                List<Assignment> onCall = new ArrayList<>();
                for (int i = 0; i < rotationIds.size(); i++) {
                    List<ScheduleEntry> rotation = entries.get(i);
                    while (cursors[i] < rotation.size()
                            && !rotation.get(cursors[i]).end().isAfter(start)) {
                        cursors[i]++;
                    }
                    if (cursors[i] < rotation.size()) {
                        ScheduleEntry entry = rotation.get(cursors[i]);
                        if (!entry.isGap() && entry.contains(start)) {
                            onCall.add(new Assignment(rotationIds.get(i), entry.member()));
                        }
                    }
                }
                if (onCall.isEmpty()) {
                    addGap(gaps, new Gap(start, end));
                } else if (onCall.size() > 1) {
                    addOverlap(overlaps, new Overlap(start, end, onCall));
                }
            }
            start = end;
        }
        return new Coverage(since, until, gaps, overlaps);
    }

    private static void addGap(List<Gap> gaps, Gap gap) {
        int last = gaps.size() - 1;
        if (last >= 0 && gaps.get(last).end().equals(gap.start())) {
            gaps.set(last, new Gap(gaps.get(last).start(), gap.end()));
        } else {
            gaps.add(gap);
        }
    }

    private static void addOverlap(List<Overlap> overlaps, Overlap overlap) {
        int last = overlaps.size() - 1;
        if (last >= 0) {
            Overlap previous = overlaps.get(last);
            if (previous.end().equals(overlap.start()) && previous.onCall().equals(overlap.onCall())) {
                overlaps.set(last, new Overlap(previous.start(), overlap.end(), previous.onCall()));
                return;
            }
        }
        overlaps.add(overlap);
    }
}
