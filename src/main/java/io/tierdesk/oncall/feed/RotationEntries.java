package io.tierdesk.oncall.feed;

import io.tierdesk.oncall.schedule.ScheduleEntry;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rotation's rendered entries, labelled for a calendar feed, with what the feed published before: each entry's
 * revision by UID, and the events published earlier that no longer exist.
 */
public record RotationEntries(
        String rotationId,
        String rotationName,
        List<ScheduleEntry> entries,
        Map<String, Revision> revisions,
        List<Cancelled> cancelled) {

    /** How often an event changed since first published (its SEQUENCE) and when it last did. */
    public record Revision(long sequence, Instant lastModified) {}

    /** An event published earlier, as it was then, that the schedule no longer has. */
    public record Cancelled(String uid, ScheduleEntry entry, Revision revision) {}

    public RotationEntries {
        Objects.requireNonNull(rotationId, "rotationId");
        Objects.requireNonNull(rotationName, "rotationName");
        entries = List.copyOf(entries);
        revisions = Map.copyOf(revisions);
        cancelled = List.copyOf(cancelled);
    }

    /** Entries never published before. */
    public RotationEntries(String rotationId, String rotationName, List<ScheduleEntry> entries) {
        this(rotationId, rotationName, entries, Map.of(), List.of());
    }
}
