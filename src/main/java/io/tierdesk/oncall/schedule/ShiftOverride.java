package io.tierdesk.oncall.schedule;

import java.time.Instant;
import java.util.Objects;

/**
 * Replaces whoever the rotation puts on call during [start, end).
 *
 * <p>A null member is an intended gap: nobody is on call, on purpose. Where overrides overlap,
 * the one with the higher {@code createdSequence} wins for the overlapping part (ties go to the
 * greater id, so the answer never depends on list order).
 *
 * <p>Note: this type shadows {@code java.lang.ShiftOverride} inside this package; classes here
 * write {@code @Override} when they need the annotation.
 */
public record ShiftOverride(String id, Instant start, Instant end, String member, long createdSequence) {

    public ShiftOverride {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("override end must be after its start: " + id);
        }
    }

    public boolean isGap() {
        return member == null;
    }
}
