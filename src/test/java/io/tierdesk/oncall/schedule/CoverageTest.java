package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.ScheduleEntry.Source.OVERRIDE;
import static io.tierdesk.oncall.schedule.ScheduleEntry.Source.ROTATION;
import static io.tierdesk.oncall.schedule.Times.LORD_HOWE;
import static io.tierdesk.oncall.schedule.Times.MADRID;
import static io.tierdesk.oncall.schedule.Times.NEW_YORK;
import static io.tierdesk.oncall.schedule.Times.local;
import static io.tierdesk.oncall.schedule.Times.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CoverageTest {

    private final RotationSchedule schedule = new RotationSchedule();

    /** One member on call every day from {@code start} to {@code end} local time (wrapping past midnight). */
    private static RotationRule daily(ZoneId zone, String member, String anchor, LocalTime start, LocalTime end) {
        return RotationRule.builder(zone, List.of(member), ShiftLength.days(1), local(anchor))
                .restrictedTo(WeeklyWindow.onDays(EnumSet.allOf(DayOfWeek.class), start, end), true)
                .build();
    }

    private Coverage coverage(Map<String, RotationRule> rules, Instant since, Instant until) {
        Map<String, List<ScheduleEntry>> schedules = new LinkedHashMap<>();
        rules.forEach((id, rule) -> schedules.put(id, schedule.render(rule, List.of(), since, until)));
        return Coverage.of(schedules, since, until);
    }

    @Test
    void followTheSunBetweenMadridAndNewYorkBreaksOnlyWhileTheirClocksChangeOnDifferentDays() {
        // Madrid 07:00-19:00 and New York 13:00-01:00 meet exactly while both are on winter or both on summer time.
        Map<String, RotationRule> rules = new LinkedHashMap<>();
        rules.put("emea", daily(MADRID, "ana", "2027-01-04T00:00", LocalTime.of(7, 0), LocalTime.of(19, 0)));
        rules.put("amer", daily(NEW_YORK, "bob", "2027-01-04T00:00", LocalTime.of(13, 0), LocalTime.of(1, 0)));

        Coverage coverage = coverage(rules, utc("2027-03-10T00:00:00Z"), utc("2027-04-01T00:00:00Z"));

        // New York moves on 14 March, Madrid on 28 March: in between New York ends an hour before Madrid starts
        // (05:00Z-06:00Z, from the 15th: the shift that ends on the 14th started in winter time) and starts an hour
        // before Madrid ends (17:00Z-18:00Z).
        assertThat(coverage.gaps())
                .hasSize(13)
                .allSatisfy(gap ->
                        assertThat(Duration.between(gap.start(), gap.end())).isEqualTo(Duration.ofHours(1)));
        assertThat(coverage.gaps().get(0))
                .isEqualTo(new Coverage.Gap(utc("2027-03-15T05:00:00Z"), utc("2027-03-15T06:00:00Z")));
        assertThat(coverage.gaps().get(12))
                .isEqualTo(new Coverage.Gap(utc("2027-03-27T05:00:00Z"), utc("2027-03-27T06:00:00Z")));
        assertThat(coverage.overlaps()).hasSize(14);
        assertThat(coverage.overlaps().get(0))
                .isEqualTo(new Coverage.Overlap(
                        utc("2027-03-14T17:00:00Z"),
                        utc("2027-03-14T18:00:00Z"),
                        List.of(new Coverage.Assignment("emea", "ana"), new Coverage.Assignment("amer", "bob"))));
        assertThat(coverage.overlaps().get(13).start()).isEqualTo(utc("2027-03-27T17:00:00Z"));
    }

    @Test
    void followTheSunAcrossTheAutumnChangesHasTheMirrorImage() {
        Map<String, RotationRule> rules = new LinkedHashMap<>();
        rules.put("emea", daily(MADRID, "ana", "2027-01-04T00:00", LocalTime.of(7, 0), LocalTime.of(19, 0)));
        rules.put("amer", daily(NEW_YORK, "bob", "2027-01-04T00:00", LocalTime.of(13, 0), LocalTime.of(1, 0)));

        // Madrid falls back on 31 October, New York on 7 November: in between Madrid is 06:00Z-18:00Z and New York
        // 17:00Z-05:00Z. New York's night shift into 7 November ends at 01:00, which happens twice that night: the
        // first one (05:00Z) ends it, so that morning has its gap too.
        Coverage coverage = coverage(rules, utc("2027-10-25T00:00:00Z"), utc("2027-11-15T00:00:00Z"));

        assertThat(coverage.gaps())
                .extracting(Coverage.Gap::start, Coverage.Gap::end)
                .containsExactly(
                        tuple(utc("2027-10-31T05:00:00Z"), utc("2027-10-31T06:00:00Z")),
                        tuple(utc("2027-11-01T05:00:00Z"), utc("2027-11-01T06:00:00Z")),
                        tuple(utc("2027-11-02T05:00:00Z"), utc("2027-11-02T06:00:00Z")),
                        tuple(utc("2027-11-03T05:00:00Z"), utc("2027-11-03T06:00:00Z")),
                        tuple(utc("2027-11-04T05:00:00Z"), utc("2027-11-04T06:00:00Z")),
                        tuple(utc("2027-11-05T05:00:00Z"), utc("2027-11-05T06:00:00Z")),
                        tuple(utc("2027-11-06T05:00:00Z"), utc("2027-11-06T06:00:00Z")),
                        tuple(utc("2027-11-07T05:00:00Z"), utc("2027-11-07T06:00:00Z")));
        assertThat(coverage.overlaps())
                .extracting(Coverage.Overlap::start, Coverage.Overlap::end)
                .containsExactly(
                        tuple(utc("2027-10-31T17:00:00Z"), utc("2027-10-31T18:00:00Z")),
                        tuple(utc("2027-11-01T17:00:00Z"), utc("2027-11-01T18:00:00Z")),
                        tuple(utc("2027-11-02T17:00:00Z"), utc("2027-11-02T18:00:00Z")),
                        tuple(utc("2027-11-03T17:00:00Z"), utc("2027-11-03T18:00:00Z")),
                        tuple(utc("2027-11-04T17:00:00Z"), utc("2027-11-04T18:00:00Z")),
                        tuple(utc("2027-11-05T17:00:00Z"), utc("2027-11-05T18:00:00Z")),
                        tuple(utc("2027-11-06T17:00:00Z"), utc("2027-11-06T18:00:00Z")));
    }

    @Test
    void lordHowesHalfHourChangeOpensHalfHourGapsAndOverlapsAgainstMadrid() {
        // Lord Howe 08:00-22:00 at +10:30 is 21:30Z-11:30Z; Madrid 13:30-23:30 at +02:00 is 11:30Z-21:30Z: they meet.
        // From 3 October 2027 Lord Howe is at +11, so its days run 21:00Z-11:00Z.
        Map<String, RotationRule> rules = new LinkedHashMap<>();
        rules.put("apac", daily(LORD_HOWE, "kai", "2027-09-06T00:00", LocalTime.of(8, 0), LocalTime.of(22, 0)));
        rules.put("emea", daily(MADRID, "ana", "2027-09-06T00:00", LocalTime.of(13, 30), LocalTime.of(23, 30)));

        Coverage coverage = coverage(rules, utc("2027-10-01T00:00:00Z"), utc("2027-10-05T00:00:00Z"));

        assertThat(coverage.gaps())
                .containsExactly(
                        new Coverage.Gap(utc("2027-10-03T11:00:00Z"), utc("2027-10-03T11:30:00Z")),
                        new Coverage.Gap(utc("2027-10-04T11:00:00Z"), utc("2027-10-04T11:30:00Z")));
        assertThat(coverage.overlaps())
                .extracting(overlap -> List.of(overlap.start(), overlap.end()))
                .containsExactly(
                        List.of(utc("2027-10-02T21:00:00Z"), utc("2027-10-02T21:30:00Z")),
                        List.of(utc("2027-10-03T21:00:00Z"), utc("2027-10-03T21:30:00Z")),
                        List.of(utc("2027-10-04T21:00:00Z"), utc("2027-10-04T21:30:00Z")));
    }

    @Test
    void gapsAtTheEdgesOfTheWindowAreCutToIt() {
        ScheduleEntry onCall =
                ScheduleEntry.onCall(utc("2027-05-01T10:00:00Z"), utc("2027-05-01T12:00:00Z"), "ana", ROTATION);
        Map<String, List<ScheduleEntry>> schedules = Map.of(
                "r1",
                List.of(
                        ScheduleEntry.gap(utc("2027-05-01T08:00:00Z"), onCall.start(), ROTATION),
                        onCall,
                        ScheduleEntry.gap(onCall.end(), utc("2027-05-01T14:00:00Z"), OVERRIDE)));

        Coverage coverage = Coverage.of(schedules, utc("2027-05-01T08:00:00Z"), utc("2027-05-01T14:00:00Z"));

        assertThat(coverage.gaps())
                .containsExactly(
                        new Coverage.Gap(utc("2027-05-01T08:00:00Z"), utc("2027-05-01T10:00:00Z")),
                        new Coverage.Gap(utc("2027-05-01T12:00:00Z"), utc("2027-05-01T14:00:00Z")));
        assertThat(coverage.overlaps()).isEmpty();
    }

    @Test
    void overlapsJoinOnlyWhileTheSamePeopleAreOnCall() {
        Instant t0 = utc("2027-05-01T00:00:00Z");
        Map<String, List<ScheduleEntry>> schedules = new LinkedHashMap<>();
        schedules.put(
                "r1",
                List.of(
                        ScheduleEntry.onCall(t0, t0.plusSeconds(3600), "ana", ROTATION),
                        ScheduleEntry.onCall(t0.plusSeconds(3600), t0.plusSeconds(7200), "ana", OVERRIDE)));
        schedules.put(
                "r2",
                List.of(
                        ScheduleEntry.onCall(t0, t0.plusSeconds(1800), "bob", ROTATION),
                        ScheduleEntry.onCall(t0.plusSeconds(1800), t0.plusSeconds(7200), "cy", ROTATION)));

        Coverage coverage = Coverage.of(schedules, t0, t0.plusSeconds(7200));

        assertThat(coverage.gaps()).isEmpty();
        assertThat(coverage.overlaps())
                .containsExactly(
                        new Coverage.Overlap(
                                t0,
                                t0.plusSeconds(1800),
                                List.of(new Coverage.Assignment("r1", "ana"), new Coverage.Assignment("r2", "bob"))),
                        new Coverage.Overlap(
                                t0.plusSeconds(1800),
                                t0.plusSeconds(7200),
                                List.of(new Coverage.Assignment("r1", "ana"), new Coverage.Assignment("r2", "cy"))));
    }

    @Test
    void noRotationsIsOneGapOverTheWholeWindow() {
        Coverage coverage = Coverage.of(Map.of(), utc("2028-01-01T00:00:00Z"), utc("2028-02-01T00:00:00Z"));

        assertThat(coverage.gaps())
                .containsExactly(new Coverage.Gap(utc("2028-01-01T00:00:00Z"), utc("2028-02-01T00:00:00Z")));
    }
}
