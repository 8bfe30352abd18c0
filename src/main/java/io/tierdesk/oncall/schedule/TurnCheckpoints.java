package io.tierdesk.oncall.schedule;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongUnaryOperator;

/**
 * Remembers, per rotation shape, how many turns were taken before a few checkpoint shifts.
 *
 * <p>Counting the turns of a restricted rotation whose off-hours do not consume a turn has to
 * look at the shifts next to every UTC-offset change since the anchor, so its cost grows with the
 * rotation's age. A count up to a checkpoint never changes (it depends only on the shape, not on
 * the members or the effective range), so it is computed once per process and every later lookup
 * only counts the few shifts between the checkpoint and the shift asked for. Both maps are
 * bounded so that many rotations cannot grow the heap.
 */
final class TurnCheckpoints {

    /** What the turn count depends on. */
    record Shape(ZoneId zone, ShiftLength shiftLength, LocalDateTime anchor, List<WeeklyWindow> restrictions) {

        static Shape of(RotationRule rule) {
            return new Shape(rule.zone(), rule.shiftLength(), rule.handoffAnchor(), rule.restrictions());
        }
    }

    private static final int MAX_SHAPES = 512;
    private static final int MAX_CHECKPOINTS_PER_SHAPE = 32;
    private static final Map<Shape, Map<Long, Long>> CACHE = boundedMap(MAX_SHAPES);

    private TurnCheckpoints() {}

    /** Turns before {@code checkpoint}, computed by {@code countFromAnchor} only the first time. */
    static long turnsBefore(Shape shape, long checkpoint, LongUnaryOperator countFromAnchor) {
        synchronized (CACHE) {
            Long known = CACHE.computeIfAbsent(shape, s -> boundedMap(MAX_CHECKPOINTS_PER_SHAPE))
                    .get(checkpoint);
            if (known != null) {
                return known;
            }
        }
        long counted = countFromAnchor.applyAsLong(checkpoint);
        synchronized (CACHE) {
            CACHE.computeIfAbsent(shape, s -> boundedMap(MAX_CHECKPOINTS_PER_SHAPE))
                    .put(checkpoint, counted);
        }
        return counted;
    }

    private static <K, V> Map<K, V> boundedMap(int capacity) {
        return new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }
}
