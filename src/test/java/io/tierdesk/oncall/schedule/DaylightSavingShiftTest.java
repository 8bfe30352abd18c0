package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.Times.LORD_HOWE;
import static io.tierdesk.oncall.schedule.Times.MADRID;
import static io.tierdesk.oncall.schedule.Times.NEW_YORK;
import static io.tierdesk.oncall.schedule.Times.local;
import static io.tierdesk.oncall.schedule.Times.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DaylightSavingShiftTest {

    private final RotationSchedule schedule = new RotationSchedule();

    private static RotationRule rotation(ZoneId zone, ShiftLength length, String anchor, String... members) {
        return RotationRule.builder(zone, List.of(members), length, local(anchor))
                .build();
    }

    private ScheduleEntry shiftHolding(RotationRule rule, String instant) {
        return schedule.entryAt(rule, List.of(), utc(instant));
    }

    @Test
    void weeklyMadridShiftSpanningSpringChangeLasts167Hours() {
        RotationRule weeklyMonday9 = rotation(MADRID, ShiftLength.weeks(1), "2026-03-02T09:00", "ana", "ben");

        ScheduleEntry shift = shiftHolding(weeklyMonday9, "2026-03-29T12:00:00Z");

        assertThat(shift.start()).isEqualTo(utc("2026-03-23T08:00:00Z"));
        assertThat(shift.end()).isEqualTo(utc("2026-03-30T07:00:00Z"));
        assertThat(shift.duration()).isEqualTo(Duration.ofHours(167));
    }

    @Test
    void weeklyMadridShiftSpanningAutumnChangeLasts169Hours() {
        RotationRule weeklyMonday9 = rotation(MADRID, ShiftLength.weeks(1), "2026-03-02T09:00", "ana", "ben");

        ScheduleEntry shift = shiftHolding(weeklyMonday9, "2026-10-25T12:00:00Z");

        assertThat(shift.start()).isEqualTo(utc("2026-10-19T07:00:00Z"));
        assertThat(shift.end()).isEqualTo(utc("2026-10-26T08:00:00Z"));
        assertThat(shift.duration()).isEqualTo(Duration.ofHours(169));
    }

    @Test
    void weeklyMadridRotationKeepsNineOClockLocalOnBothSidesOfTheChange() {
        RotationRule weeklyMonday9 = rotation(MADRID, ShiftLength.weeks(1), "2026-03-02T09:00", "ana", "ben");

        List<ScheduleEntry> entries =
                schedule.render(weeklyMonday9, List.of(), utc("2026-03-16T08:00:00Z"), utc("2026-04-06T07:00:00Z"));

        assertThat(entries)
                .extracting(entry -> entry.start().atZone(MADRID).toLocalTime().toString())
                .containsOnly("09:00");
        assertThat(entries).extracting(ScheduleEntry::member).containsExactly("ana", "ben", "ana");
    }

    @Test
    void weeklyNewYorkShiftSpanningSpringChangeLasts167Hours() {
        RotationRule weeklyMonday9 = rotation(NEW_YORK, ShiftLength.weeks(1), "2026-03-02T09:00", "ana", "ben");

        ScheduleEntry shift = shiftHolding(weeklyMonday9, "2026-03-08T12:00:00Z");

        assertThat(shift.start()).isEqualTo(utc("2026-03-02T14:00:00Z"));
        assertThat(shift.duration()).isEqualTo(Duration.ofHours(167));
    }

    @Test
    void dailyLordHoweShiftAcrossItsHalfHourSpringChangeLasts23AndAHalfHours() {
        RotationRule daily9 = rotation(LORD_HOWE, ShiftLength.days(1), "2026-09-28T09:00", "ana", "ben");

        ScheduleEntry shift = shiftHolding(daily9, "2026-10-03T12:00:00Z");

        assertThat(shift.start()).isEqualTo(utc("2026-10-02T22:30:00Z"));
        assertThat(shift.duration()).isEqualTo(Duration.ofMinutes(23 * 60 + 30));
    }

    @Test
    void dailyLordHoweShiftAcrossItsHalfHourAutumnChangeLasts24AndAHalfHours() {
        RotationRule daily9 = rotation(LORD_HOWE, ShiftLength.days(1), "2026-03-30T09:00", "ana", "ben");

        ScheduleEntry shift = shiftHolding(daily9, "2026-04-04T18:00:00Z");

        assertThat(shift.start()).isEqualTo(utc("2026-04-03T22:00:00Z"));
        assertThat(shift.duration()).isEqualTo(Duration.ofMinutes(24 * 60 + 30));
    }

    @Test
    void handoffAtNonexistentLocalTimeMovesForwardToTheEndOfTheGap() {
        RotationRule daily2am = rotation(MADRID, ShiftLength.days(1), "2026-03-20T02:00", "ana", "ben", "cy");

        ScheduleEntry shift = shiftHolding(daily2am, "2026-03-29T06:00:00Z");

        // 02:00 does not exist on 29 March in Madrid; 03:00 CEST is the first instant that does.
        assertThat(shift.start()).isEqualTo(utc("2026-03-29T01:00:00Z"));
        assertThat(shift.duration()).isEqualTo(Duration.ofHours(23));
    }

    @Test
    void handoffInsideTheGapMovesForwardByTheLengthOfTheGap() {
        RotationRule daily230 = rotation(MADRID, ShiftLength.days(1), "2026-03-20T02:30", "ana", "ben", "cy");

        ScheduleEntry shift = shiftHolding(daily230, "2026-03-29T06:00:00Z");

        // As RFC 5545 and ZonedDateTime.of resolve it: 02:30 is half an hour into the gap, so 03:30 CEST.
        assertThat(shift.start()).isEqualTo(utc("2026-03-29T01:30:00Z"));
        assertThat(shift.start().atZone(MADRID).toLocalTime().toString()).isEqualTo("03:30");
        assertThat(shiftHolding(daily230, "2026-03-29T01:29:59Z").duration()).isEqualTo(Duration.ofHours(24));
    }

    @Test
    void handoffInsideLordHoweHalfHourGapStartsWhenTheGapEnds() {
        RotationRule daily2am = rotation(LORD_HOWE, ShiftLength.days(1), "2026-09-28T02:00", "ana", "ben");

        ScheduleEntry shift = shiftHolding(daily2am, "2026-10-03T20:00:00Z");

        assertThat(shift.start().atZone(LORD_HOWE).toLocalDateTime()).isEqualTo(local("2026-10-04T02:30"));
    }

    @Test
    void nonexistentHandoffSkipsNobodysTurn() {
        RotationRule daily2am = rotation(MADRID, ShiftLength.days(1), "2026-03-26T02:00", "ana", "ben", "cy");

        List<ScheduleEntry> entries =
                schedule.render(daily2am, List.of(), utc("2026-03-26T01:00:00Z"), utc("2026-04-01T00:00:00Z"));

        assertThat(entries).extracting(ScheduleEntry::member).containsExactly("ana", "ben", "cy", "ana", "ben", "cy");
    }

    @Test
    void ambiguousHandoffTakesTheEarlierOffset() {
        RotationRule daily230 = rotation(MADRID, ShiftLength.days(1), "2026-10-20T02:30", "ana", "ben");

        ScheduleEntry shift = shiftHolding(daily230, "2026-10-25T06:00:00Z");

        // 02:30 happens twice on 25 October; the first one is 02:30+02:00.
        assertThat(shift.start()).isEqualTo(utc("2026-10-25T00:30:00Z"));
        assertThat(shift.end()).isEqualTo(utc("2026-10-26T01:30:00Z"));
    }

    @Test
    void ambiguousHandoffAnswersExactlyOneMemberDuringTheRepeatedHour() {
        RotationRule daily230 = rotation(MADRID, ShiftLength.days(1), "2026-10-20T02:30", "ana", "ben");

        assertThat(schedule.onCallAt(daily230, List.of(), utc("2026-10-25T00:29:59Z")))
                .contains("ana");
        assertThat(schedule.onCallAt(daily230, List.of(), utc("2026-10-25T00:30:00Z")))
                .contains("ben");
        assertThat(schedule.onCallAt(daily230, List.of(), utc("2026-10-25T01:30:00Z")))
                .contains("ben");
    }

    @Test
    void hourlyShiftsLastTheirRealLengthAcrossTheChange() {
        RotationRule twelveHours = rotation(MADRID, ShiftLength.hours(12), "2026-03-27T08:00", "ana", "ben");

        List<ScheduleEntry> entries =
                schedule.render(twelveHours, List.of(), utc("2026-03-27T07:00:00Z"), utc("2026-03-31T07:00:00Z"));

        assertThat(entries).allSatisfy(entry -> assertThat(entry.duration()).isEqualTo(Duration.ofHours(12)));
        assertThat(entries.get(entries.size() - 1).start().atZone(MADRID).getHour())
                .isEqualTo(21);
    }

    @Test
    void handoffInstantBelongsToTheIncomingMember() {
        RotationRule weeklyMonday9 = rotation(MADRID, ShiftLength.weeks(1), "2026-03-02T09:00", "ana", "ben");

        Instant handoff = utc("2026-03-30T07:00:00Z");

        assertThat(schedule.onCallAt(weeklyMonday9, List.of(), handoff.minusNanos(1)))
                .contains("ben");
        assertThat(schedule.onCallAt(weeklyMonday9, List.of(), handoff)).contains("ana");
    }
}
