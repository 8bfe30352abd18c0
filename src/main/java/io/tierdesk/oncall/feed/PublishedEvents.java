package io.tierdesk.oncall.feed;

import io.tierdesk.oncall.rotation.Rotation;
import io.tierdesk.oncall.schedule.ScheduleEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Remembers what the calendar feeds published for each event of a rotation, so that each publication can say
 * what changed since: an event whose end, source or rotation name changed keeps its UID with a higher sequence, and
 * an event published earlier that the schedule no longer has (an override or a rotation edit replaced it) is
 * published as cancelled for as long as it lies in the feed's window. Several replicas may publish at once: every
 * write is an upsert on (rotation, UID) that only ever raises the sequence.
 */
@ApplicationScoped
class PublishedEvents {

    /** How long after leaving the window an event is still remembered. */
    private static final Duration KEEP_AFTER_WINDOW = Duration.ofDays(30);

    private final EntityManager em;

    PublishedEvents(EntityManager em) {
        this.em = em;
    }

    /** Records the on-call entries published now over [since, until) and returns them with their history. */
    RotationEntries publish(Rotation rotation, List<ScheduleEntry> entries, Instant since, Instant until, Instant now) {
        String rotationId = rotation.id.toString();
        Map<String, ScheduleEntry> current = new LinkedHashMap<>();
        Instant earliest = since;
        for (ScheduleEntry entry : entries) {
            if (!entry.isGap()) {
                current.put(ICalendarWriter.uid(rotationId, entry), entry);
                earliest = entry.start().isBefore(earliest) ? entry.start() : earliest;
            }
        }
        Map<String, Stored> known = load(rotation.id, earliest, until);
        Map<String, RotationEntries.Revision> revisions = new HashMap<>();
        current.forEach((uid, entry) -> {
            String fingerprint = fingerprint(entry, rotation.name);
            Stored stored = known.get(uid);
            if (stored == null) {
                revisions.put(uid, save(rotation.id, uid, entry, fingerprint, 0, now, false));
            } else if (stored.cancelled() || !stored.fingerprint().equals(fingerprint)) {
                revisions.put(uid, save(rotation.id, uid, entry, fingerprint, stored.sequence() + 1, now, false));
            } else {
                revisions.put(uid, stored.revision());
            }
        });
        List<RotationEntries.Cancelled> cancelled = new ArrayList<>();
        known.forEach((uid, stored) -> {
            if (current.containsKey(uid) || !overlaps(stored.entry(), since, until)) {
                return;
            }
            RotationEntries.Revision revision = stored.cancelled()
                    ? stored.revision()
                    : save(rotation.id, uid, stored.entry(), stored.fingerprint(), stored.sequence() + 1, now, true);
            cancelled.add(new RotationEntries.Cancelled(uid, stored.entry(), revision));
        });
        forgetBefore(rotation.id, since.minus(KEEP_AFTER_WINDOW));
        return new RotationEntries(rotationId, rotation.name, entries, revisions, cancelled);
    }

    private record Stored(
            ScheduleEntry entry, String fingerprint, long sequence, Instant lastModified, boolean cancelled) {

        RotationEntries.Revision revision() {
            return new RotationEntries.Revision(sequence, lastModified);
        }
    }

    private Map<String, Stored> load(UUID rotationId, Instant from, Instant until) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT uid, member, start_at, end_at, source, fingerprint, sequence, last_modified, cancelled
                        FROM rotation_feed_events
                        WHERE rotation_id = :rotation AND end_at > :from AND start_at < :until""")
                .setParameter("rotation", rotationId)
                .setParameter("from", utc(from))
                .setParameter("until", utc(until))
                .getResultList();
        Map<String, Stored> stored = new HashMap<>();
        for (Object[] row : rows) {
            ScheduleEntry entry = ScheduleEntry.onCall(
                    instant(row[2]), instant(row[3]), (String) row[1], ScheduleEntry.Source.valueOf((String) row[4]));
            stored.put(
                    (String) row[0],
                    new Stored(
                            entry, (String) row[5], ((Number) row[6]).longValue(), instant(row[7]), (Boolean) row[8]));
        }
        return stored;
    }

    private RotationEntries.Revision save(
            UUID rotationId,
            String uid,
            ScheduleEntry entry,
            String fingerprint,
            long sequence,
            Instant now,
            boolean cancelled) {
        Object saved = em.createNativeQuery("""
                        INSERT INTO rotation_feed_events (rotation_id, uid, member, start_at, end_at, source,
                                                          fingerprint, sequence, last_modified, cancelled)
                        VALUES (:rotation, :uid, :member, :start, :end, :source, :fingerprint, :sequence, :now,
                                :cancelled)
                        ON CONFLICT (rotation_id, uid) DO UPDATE SET
                            member = excluded.member, start_at = excluded.start_at, end_at = excluded.end_at,
                            source = excluded.source, fingerprint = excluded.fingerprint,
                            sequence = GREATEST(excluded.sequence, rotation_feed_events.sequence + 1),
                            last_modified = excluded.last_modified, cancelled = excluded.cancelled
                        RETURNING sequence""")
                .setParameter("rotation", rotationId)
                .setParameter("uid", uid)
                .setParameter("member", entry.member())
                .setParameter("start", utc(entry.start()))
                .setParameter("end", utc(entry.end()))
                .setParameter("source", entry.source().name())
                .setParameter("fingerprint", fingerprint)
                .setParameter("sequence", sequence)
                .setParameter("now", utc(now))
                .setParameter("cancelled", cancelled)
                .getSingleResult();
        return new RotationEntries.Revision(((Number) saved).longValue(), now);
    }

    private void forgetBefore(UUID rotationId, Instant cutoff) {
        em.createNativeQuery("DELETE FROM rotation_feed_events WHERE rotation_id = :rotation AND end_at < :cutoff")
                .setParameter("rotation", rotationId)
                .setParameter("cutoff", utc(cutoff))
                .executeUpdate();
    }

    /** What a client sees of an event beyond its UID (which already fixes its start and member). */
    private static String fingerprint(ScheduleEntry entry, String rotationName) {
        String text = entry.end() + "|" + entry.source() + "|" + rotationName;
        return text.length() <= 400 ? text : text.substring(0, 400);
    }

    private static boolean overlaps(ScheduleEntry entry, Instant since, Instant until) {
        return entry.end().isAfter(since) && entry.start().isBefore(until);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        if (value instanceof Instant time) {
            return time;
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
