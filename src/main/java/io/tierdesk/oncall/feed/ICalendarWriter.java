package io.tierdesk.oncall.feed;

import io.tierdesk.oncall.schedule.ScheduleEntry;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes on-call shifts as RFC 5545 iCalendar text: one feed per rotation or per person.
 *
 * <p>Only on-call entries become events; gaps do not. Each event's UID is derived from the
 * rotation id, the entry's start and its member, so re-publishing the same shift updates it in
 * calendar clients instead of duplicating it. An event that changed since first published (its
 * end, source or rotation name) carries a higher {@code SEQUENCE} and its {@code LAST-MODIFIED};
 * an event published earlier that the schedule no longer has is written with
 * {@code STATUS:CANCELLED}, so a client that keeps what it has seen drops it. Times are written in
 * UTC; lines end in CRLF and are folded at 75 octets.
 */
public final class ICalendarWriter {

    private static final String CRLF = "\r\n";
    private static final int MAX_LINE_OCTETS = 75;
    private static final String PRODUCT_ID = "-//tierdesk//on-call//EN";
    private static final DateTimeFormatter UTC_DATE_TIME =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    /** The rotation's calendar: every on-call entry, titled with the member on call, and its cancelled events. */
    public String rotationFeed(RotationEntries rotation, Instant dtstamp) {
        StringBuilder calendar = new StringBuilder();
        beginCalendar(calendar, rotation.rotationName());
        for (ScheduleEntry entry : rotation.entries()) {
            if (!entry.isGap()) {
                writeEvent(calendar, rotation, entry, "On call: " + entry.member(), dtstamp);
            }
        }
        for (RotationEntries.Cancelled cancelled : rotation.cancelled()) {
            writeCancelled(
                    calendar,
                    rotation,
                    cancelled,
                    "On call: " + cancelled.entry().member(),
                    dtstamp);
        }
        return endCalendar(calendar);
    }

    /** One person's calendar across rotations: their entries and cancelled events only, titled with the rotation. */
    public String personFeed(String member, List<RotationEntries> rotations, Instant dtstamp) {
        Objects.requireNonNull(member, "member");
        StringBuilder calendar = new StringBuilder();
        beginCalendar(calendar, "On call: " + member);
        for (RotationEntries rotation : rotations) {
            for (ScheduleEntry entry : rotation.entries()) {
                if (member.equals(entry.member())) {
                    writeEvent(calendar, rotation, entry, "On call: " + rotation.rotationName(), dtstamp);
                }
            }
            for (RotationEntries.Cancelled cancelled : rotation.cancelled()) {
                if (member.equals(cancelled.entry().member())) {
                    writeCancelled(calendar, rotation, cancelled, "On call: " + rotation.rotationName(), dtstamp);
                }
            }
        }
        return endCalendar(calendar);
    }

    /** The stable UID of an entry of a rotation. */
    public static String uid(String rotationId, ScheduleEntry entry) {
        String key = rotationId + '\n' + entry.start() + '\n' + Objects.toString(entry.member(), "");
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)) + "@tierdesk";
    }

    /** RFC 5545 TEXT escaping: backslash, semicolon, comma, and newlines as {@code \n}. */
    static String escapeText(String text) {
        return text.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\r", "\\n")
                .replace("\n", "\\n");
    }

    /**
     * Splits a content line into lines of at most 75 octets, never inside a UTF-8 character;
     * each continuation line starts with one space.
     */
    static String fold(String line) {
        StringBuilder folded = new StringBuilder();
        int octetsOnLine = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            String character = new String(Character.toChars(codePoint));
            int octets = character.getBytes(StandardCharsets.UTF_8).length;
            if (octetsOnLine + octets > MAX_LINE_OCTETS) {
                folded.append(CRLF).append(' ');
                octetsOnLine = 1;
            }
            folded.append(character);
            octetsOnLine += octets;
            i += Character.charCount(codePoint);
        }
        return folded.append(CRLF).toString();
    }

    private static void beginCalendar(StringBuilder calendar, String name) {
        line(calendar, "BEGIN:VCALENDAR");
        line(calendar, "VERSION:2.0");
        line(calendar, "PRODID:" + PRODUCT_ID);
        line(calendar, "CALSCALE:GREGORIAN");
        line(calendar, "METHOD:PUBLISH");
        line(calendar, "X-WR-CALNAME:" + escapeText(name));
    }

    private static String endCalendar(StringBuilder calendar) {
        line(calendar, "END:VCALENDAR");
        return calendar.toString();
    }

    private static void writeEvent(
            StringBuilder calendar, RotationEntries rotation, ScheduleEntry entry, String summary, Instant dtstamp) {
        String uid = uid(rotation.rotationId(), entry);
        RotationEntries.Revision revision = rotation.revisions().get(uid);
        writeVEvent(calendar, rotation, uid, entry, summary, revision, false, dtstamp);
    }

    private static void writeCancelled(
            StringBuilder calendar,
            RotationEntries rotation,
            RotationEntries.Cancelled cancelled,
            String summary,
            Instant dtstamp) {
        writeVEvent(
                calendar, rotation, cancelled.uid(), cancelled.entry(), summary, cancelled.revision(), true, dtstamp);
    }

    private static void writeVEvent(
            StringBuilder calendar,
            RotationEntries rotation,
            String uid,
            ScheduleEntry entry,
            String summary,
            RotationEntries.Revision revision,
            boolean cancelled,
            Instant dtstamp) {
        Instant start = entry.start().truncatedTo(ChronoUnit.SECONDS);
        Instant end = entry.end().truncatedTo(ChronoUnit.SECONDS);
        if (!end.isAfter(start)) {
            return;
        }
        line(calendar, "BEGIN:VEVENT");
        line(calendar, "UID:" + uid);
        line(calendar, "DTSTAMP:" + UTC_DATE_TIME.format(dtstamp));
        if (revision != null) {
            line(calendar, "SEQUENCE:" + revision.sequence());
            line(calendar, "LAST-MODIFIED:" + UTC_DATE_TIME.format(revision.lastModified()));
        }
        line(calendar, "DTSTART:" + UTC_DATE_TIME.format(start));
        line(calendar, "DTEND:" + UTC_DATE_TIME.format(end));
        line(calendar, "SUMMARY:" + escapeText(summary));
        line(calendar, "DESCRIPTION:" + escapeText(description(rotation, entry)));
        if (cancelled) {
            line(calendar, "STATUS:CANCELLED");
            line(calendar, "TRANSP:TRANSPARENT");
        } else {
            line(calendar, "TRANSP:OPAQUE");
        }
        line(calendar, "END:VEVENT");
    }

    private static String description(RotationEntries rotation, ScheduleEntry entry) {
        String how = entry.source() == ScheduleEntry.Source.OVERRIDE ? "override" : "rotation";
        return "Rotation: " + rotation.rotationName() + "\nMember: " + entry.member() + "\nSource: " + how;
    }

    private static void line(StringBuilder calendar, String contentLine) {
        calendar.append(fold(contentLine));
    }
}
