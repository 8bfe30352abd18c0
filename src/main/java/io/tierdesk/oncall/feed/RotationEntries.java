package io.tierdesk.oncall.feed;

import io.tierdesk.oncall.schedule.ScheduleEntry;
import java.util.List;
import java.util.Objects;

/** A rotation's rendered entries, labelled for a calendar feed. */
public record RotationEntries(String rotationId, String rotationName, List<ScheduleEntry> entries) {

    public RotationEntries {
        Objects.requireNonNull(rotationId, "rotationId");
        Objects.requireNonNull(rotationName, "rotationName");
        entries = List.copyOf(entries);
    }
}
