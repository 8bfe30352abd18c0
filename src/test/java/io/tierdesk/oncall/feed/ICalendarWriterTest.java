package io.tierdesk.oncall.feed;

import static io.tierdesk.oncall.schedule.ScheduleEntry.Source.OVERRIDE;
import static io.tierdesk.oncall.schedule.ScheduleEntry.Source.ROTATION;
import static io.tierdesk.oncall.schedule.Times.MADRID;
import static io.tierdesk.oncall.schedule.Times.local;
import static io.tierdesk.oncall.schedule.Times.utc;
import static org.assertj.core.api.Assertions.assertThat;

import io.tierdesk.oncall.schedule.RotationRule;
import io.tierdesk.oncall.schedule.RotationSchedule;
import io.tierdesk.oncall.schedule.ScheduleEntry;
import io.tierdesk.oncall.schedule.ShiftLength;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ICalendarWriterTest {

    private static final Instant DTSTAMP = utc("2026-03-01T12:00:00Z");

    private final ICalendarWriter writer = new ICalendarWriter();
    private final RotationSchedule schedule = new RotationSchedule();
    private final RotationRule weekly = RotationRule.builder(
                    MADRID, List.of("ana", "ben"), ShiftLength.weeks(1), local("2026-03-02T09:00"))
            .build();

    private static RotationEntries platform(List<ScheduleEntry> entries) {
        return new RotationEntries("rot-42", "Platform primary", entries);
    }

    private static List<String> uids(String calendar) {
        Matcher matcher = Pattern.compile("^UID:(.*)$", Pattern.MULTILINE).matcher(calendar.replace("\r", ""));
        return matcher.results().map(result -> result.group(1)).toList();
    }

    private static String unfold(String calendar) {
        return calendar.replace("\r\n ", "");
    }

    @Test
    void feedIsAVcalendarWithOneEventPerOnCallEntry() {
        List<ScheduleEntry> entries =
                schedule.render(weekly, List.of(), utc("2026-03-02T08:00:00Z"), utc("2026-03-16T08:00:00Z"));

        String calendar = writer.rotationFeed(platform(entries), DTSTAMP);

        assertThat(calendar).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:");
        assertThat(calendar).endsWith("END:VCALENDAR\r\n");
        assertThat(calendar).contains("X-WR-CALNAME:Platform primary\r\n");
        assertThat(calendar.split("BEGIN:VEVENT", -1)).hasSize(3);
    }

    @Test
    void everyLineEndsWithCrlf() {
        List<ScheduleEntry> entries =
                schedule.render(weekly, List.of(), utc("2026-03-02T08:00:00Z"), utc("2026-03-16T08:00:00Z"));

        String calendar = writer.rotationFeed(platform(entries), DTSTAMP);

        assertThat(calendar.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    }

    @Test
    void timesAreWrittenInUtcWithTheZSuffix() {
        List<ScheduleEntry> entries =
                schedule.render(weekly, List.of(), utc("2026-03-23T08:00:00Z"), utc("2026-03-30T07:00:00Z"));

        String calendar = writer.rotationFeed(platform(entries), DTSTAMP);

        assertThat(calendar).contains("DTSTART:20260323T080000Z\r\n").contains("DTEND:20260330T070000Z\r\n");
    }

    @Test
    void dtstampIsTheInstantGivenNotTheClock() {
        List<ScheduleEntry> entries =
                schedule.render(weekly, List.of(), utc("2026-03-02T08:00:00Z"), utc("2026-03-09T08:00:00Z"));

        assertThat(writer.rotationFeed(platform(entries), DTSTAMP)).contains("DTSTAMP:20260301T120000Z\r\n");
    }

    @Test
    void uidsStayTheSameWhenTheFeedWindowSlidesForward() {
        String monday = writer.rotationFeed(
                platform(schedule.renderForCalendar(
                        weekly, List.of(), utc("2026-03-02T10:00:00Z"), utc("2026-04-01T00:00:00Z"))),
                DTSTAMP);
        String thursday = writer.rotationFeed(
                platform(schedule.renderForCalendar(
                        weekly, List.of(), utc("2026-03-05T10:00:00Z"), utc("2026-04-04T00:00:00Z"))),
                DTSTAMP);

        assertThat(uids(thursday)).containsExactlyElementsOf(uids(monday));
        assertThat(monday).contains("DTSTART:20260302T080000Z");
    }

    @Test
    void uidsAreDistinctPerShiftAndChangeWhenTheMemberChanges() {
        List<ScheduleEntry> entries =
                schedule.render(weekly, List.of(), utc("2026-03-02T08:00:00Z"), utc("2026-03-30T07:00:00Z"));
        ScheduleEntry first = entries.get(0);
        ScheduleEntry reassigned = ScheduleEntry.onCall(first.start(), first.end(), "cy", OVERRIDE);

        assertThat(uids(writer.rotationFeed(platform(entries), DTSTAMP)))
                .doesNotHaveDuplicates()
                .hasSize(4);
        assertThat(ICalendarWriter.uid("rot-42", reassigned)).isNotEqualTo(ICalendarWriter.uid("rot-42", first));
        assertThat(ICalendarWriter.uid("rot-43", first)).isNotEqualTo(ICalendarWriter.uid("rot-42", first));
    }

    @Test
    void gapsAreNotEvents() {
        ScheduleEntry gap = ScheduleEntry.gap(utc("2026-03-02T08:00:00Z"), utc("2026-03-03T08:00:00Z"), ROTATION);

        assertThat(writer.rotationFeed(platform(List.of(gap)), DTSTAMP)).doesNotContain("BEGIN:VEVENT");
    }

    @Test
    void textIsEscaped() {
        assertThat(ICalendarWriter.escapeText("a,b;c\\d\ne\r\nf")).isEqualTo("a\\,b\\;c\\\\d\\ne\\nf");

        ScheduleEntry entry =
                ScheduleEntry.onCall(utc("2026-03-02T08:00:00Z"), utc("2026-03-03T08:00:00Z"), "ana", ROTATION);
        String calendar = writer.rotationFeed(new RotationEntries("r", "Ops; night, \"B\"", List.of(entry)), DTSTAMP);

        assertThat(calendar).contains("X-WR-CALNAME:Ops\\; night\\, \"B\"\r\n");
    }

    @Test
    void longLinesAreFoldedAt75OctetsWithoutSplittingCharacters() {
        String member = "josé-maría-ñúñez-".repeat(8);
        ScheduleEntry entry =
                ScheduleEntry.onCall(utc("2026-03-02T08:00:00Z"), utc("2026-03-03T08:00:00Z"), member, ROTATION);

        String calendar = writer.rotationFeed(platform(List.of(entry)), DTSTAMP);

        assertThat(Arrays.asList(calendar.split("\r\n")))
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(unfold(calendar)).contains("SUMMARY:On call: " + member + "\r\n");
    }

    @Test
    void foldingLeavesShortLinesAlone() {
        assertThat(ICalendarWriter.fold("SUMMARY:short")).isEqualTo("SUMMARY:short\r\n");
        assertThat(ICalendarWriter.fold("X".repeat(75))).isEqualTo("X".repeat(75) + "\r\n");
        assertThat(ICalendarWriter.fold("X".repeat(76))).isEqualTo("X".repeat(75) + "\r\n X\r\n");
    }

    @Test
    void personFeedHoldsOnlyThatPersonsShiftsAcrossRotations() {
        ScheduleEntry anaPrimary =
                ScheduleEntry.onCall(utc("2026-03-02T08:00:00Z"), utc("2026-03-09T08:00:00Z"), "ana", ROTATION);
        ScheduleEntry benPrimary =
                ScheduleEntry.onCall(utc("2026-03-09T08:00:00Z"), utc("2026-03-16T07:00:00Z"), "ben", ROTATION);
        ScheduleEntry anaSecondary =
                ScheduleEntry.onCall(utc("2026-03-10T08:00:00Z"), utc("2026-03-11T08:00:00Z"), "ana", OVERRIDE);

        String calendar = writer.personFeed(
                "ana",
                List.of(
                        new RotationEntries("rot-1", "Primary", List.of(anaPrimary, benPrimary)),
                        new RotationEntries("rot-2", "Secondary", List.of(anaSecondary))),
                DTSTAMP);

        assertThat(uids(calendar))
                .containsExactly(ICalendarWriter.uid("rot-1", anaPrimary), ICalendarWriter.uid("rot-2", anaSecondary));
        assertThat(calendar).contains("SUMMARY:On call: Primary\r\n").contains("SUMMARY:On call: Secondary\r\n");
        assertThat(calendar).doesNotContain("ben\\n");
    }

    @Test
    void personFeedSharesUidsWithTheRotationFeed() {
        List<ScheduleEntry> entries =
                schedule.render(weekly, List.of(), utc("2026-03-02T08:00:00Z"), utc("2026-03-16T08:00:00Z"));

        String rotationFeed = writer.rotationFeed(platform(entries), DTSTAMP);
        String personFeed = writer.personFeed("ana", List.of(platform(entries)), DTSTAMP);

        assertThat(uids(rotationFeed)).containsAll(uids(personFeed));
    }

    @Test
    void aRevisedEventCarriesItsSequenceAndLastModifiedAndACancelledOneSaysSo() {
        ScheduleEntry kept =
                ScheduleEntry.onCall(utc("2027-03-01T09:00:00Z"), utc("2027-03-01T12:00:00Z"), "ana", ROTATION);
        ScheduleEntry gone =
                ScheduleEntry.onCall(utc("2027-03-02T09:00:00Z"), utc("2027-03-03T09:00:00Z"), "ben", ROTATION);
        String keptUid = ICalendarWriter.uid("rot-42", kept);
        String goneUid = ICalendarWriter.uid("rot-42", gone);
        RotationEntries entries = new RotationEntries(
                "rot-42",
                "Platform primary",
                List.of(kept),
                Map.of(keptUid, new RotationEntries.Revision(2, utc("2027-02-28T10:00:00Z"))),
                List.of(new RotationEntries.Cancelled(
                        goneUid, gone, new RotationEntries.Revision(1, utc("2027-02-28T10:00:00Z")))));

        String calendar = unfold(writer.rotationFeed(entries, DTSTAMP));
        String[] events = calendar.split("BEGIN:VEVENT", -1);

        assertThat(events).hasSize(3);
        assertThat(events[1])
                .contains("UID:" + keptUid + "\r\n")
                .contains("SEQUENCE:2\r\n")
                .contains("LAST-MODIFIED:20270228T100000Z\r\n")
                .contains("TRANSP:OPAQUE\r\n")
                .doesNotContain("STATUS:");
        assertThat(events[2])
                .contains("UID:" + goneUid + "\r\n")
                .contains("SEQUENCE:1\r\n")
                .contains("STATUS:CANCELLED\r\n")
                .contains("DTSTART:20270302T090000Z\r\n");
        assertThat(unfold(writer.personFeed("ben", List.of(entries), DTSTAMP)))
                .contains("UID:" + goneUid)
                .contains("STATUS:CANCELLED")
                .doesNotContain(keptUid);
    }
}
