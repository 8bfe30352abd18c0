package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.ScheduleEntry.Source.ROTATION;
import static io.tierdesk.oncall.schedule.Times.MADRID;
import static io.tierdesk.oncall.schedule.Times.local;
import static io.tierdesk.oncall.schedule.Times.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestrictionTest {

    private static final List<WeeklyWindow> WEEKDAYS_9_TO_19 =
            WeeklyWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(19, 0));

    private final RotationSchedule schedule = new RotationSchedule();

    private static RotationRule dailyRestricted(boolean restrictedTimeConsumesTurn) {
        // 2 March 2026 is a Monday.
        return RotationRule.builder(MADRID, List.of("ana", "ben", "cy"), ShiftLength.days(1), local("2026-03-02T09:00"))
                .restrictedTo(WEEKDAYS_9_TO_19, restrictedTimeConsumesTurn)
                .build();
    }

    private List<String> onCallMembers(RotationRule rule, String since, String until) {
        return schedule.render(rule, List.of(), utc(since), utc(until)).stream()
                .filter(entry -> !entry.isGap())
                .map(ScheduleEntry::member)
                .toList();
    }

    @Test
    void restrictedRotationRendersNightsAndWeekendsAsExplicitGaps() {
        RotationRule weekly = RotationRule.builder(
                        MADRID, List.of("ana", "ben"), ShiftLength.weeks(1), local("2026-03-02T09:00"))
                .restrictedTo(WEEKDAYS_9_TO_19, true)
                .build();

        List<ScheduleEntry> entries =
                schedule.render(weekly, List.of(), utc("2026-03-02T08:00:00Z"), utc("2026-03-04T08:00:00Z"));

        assertThat(entries)
                .containsExactly(
                        ScheduleEntry.onCall(utc("2026-03-02T08:00:00Z"), utc("2026-03-02T18:00:00Z"), "ana", ROTATION),
                        ScheduleEntry.gap(utc("2026-03-02T18:00:00Z"), utc("2026-03-03T08:00:00Z"), ROTATION),
                        ScheduleEntry.onCall(utc("2026-03-03T08:00:00Z"), utc("2026-03-03T18:00:00Z"), "ana", ROTATION),
                        ScheduleEntry.gap(utc("2026-03-03T18:00:00Z"), utc("2026-03-04T08:00:00Z"), ROTATION));
        assertThat(schedule.gaps(weekly, List.of(), utc("2026-03-02T08:00:00Z"), utc("2026-03-04T08:00:00Z")))
                .hasSize(2)
                .allMatch(ScheduleEntry::isGap);
    }

    @Test
    void whenRestrictedTimeConsumesTurnsAWeekendShiftIsALostTurn() {
        // Mon ana, Tue ben, Wed cy, Thu ana, Fri ben, Sat cy (masked), Sun ana (masked), Mon ben.
        assertThat(onCallMembers(dailyRestricted(true), "2026-03-02T00:00:00Z", "2026-03-10T00:00:00Z"))
                .containsExactly("ana", "ben", "cy", "ana", "ben", "ben");
    }

    @Test
    void whenRestrictedTimeDoesNotConsumeTurnsWeekendShiftsSkipNobody() {
        assertThat(onCallMembers(dailyRestricted(false), "2026-03-02T00:00:00Z", "2026-03-11T00:00:00Z"))
                .containsExactly("ana", "ben", "cy", "ana", "ben", "cy", "ana");
    }

    @Test
    void turnsThatSkipRestrictedShiftsStayCorrectWeeksAfterTheAnchor() {
        // Five working days per week and three members: the Monday of week w goes to member (5w mod 3).
        RotationRule rule = dailyRestricted(false);

        assertThat(schedule.onCallAt(rule, List.of(), utc("2026-03-16T10:00:00Z")))
                .contains("ben");
        assertThat(schedule.onCallAt(rule, List.of(), utc("2026-05-04T10:00:00Z")))
                .contains("ana");
    }

    @Test
    void handoffOutsideTheWindowsTakesEffectAtTheNextWindowStart() {
        RotationRule midnightHandoffs = RotationRule.builder(
                        MADRID, List.of("ana", "ben"), ShiftLength.days(1), local("2026-03-02T00:00"))
                .restrictedTo(WEEKDAYS_9_TO_19, false)
                .build();

        ScheduleEntry tuesday = schedule.entryAt(midnightHandoffs, List.of(), utc("2026-03-03T12:00:00Z"));

        assertThat(tuesday.member()).isEqualTo("ben");
        assertThat(tuesday.start()).isEqualTo(utc("2026-03-03T08:00:00Z"));
        assertThat(schedule.onCallAt(midnightHandoffs, List.of(), utc("2026-03-03T07:59:59Z")))
                .isEmpty();
    }

    @Test
    void windowCrossingMidnightCoversTheNight() {
        RotationRule nights = RotationRule.builder(
                        MADRID, List.of("ana"), ShiftLength.weeks(1), local("2026-03-02T09:00"))
                .restrictedTo(
                        WeeklyWindow.onDays(EnumSet.allOf(DayOfWeek.class), LocalTime.of(22, 0), LocalTime.of(6, 0)),
                        true)
                .build();

        assertThat(schedule.onCallAt(nights, List.of(), utc("2026-03-03T02:00:00Z")))
                .contains("ana");
        assertThat(schedule.onCallAt(nights, List.of(), utc("2026-03-03T12:00:00Z")))
                .isEmpty();
    }

    @Test
    void windowEndingInTheRepeatedAutumnHourEndsAtTheFirstOccurrence() {
        RotationRule earlySunday = RotationRule.builder(
                        MADRID, List.of("ana"), ShiftLength.weeks(1), local("2026-10-19T09:00"))
                .restrictedTo(
                        List.of(new WeeklyWindow(
                                DayOfWeek.SUNDAY, LocalTime.of(0, 0), DayOfWeek.SUNDAY, LocalTime.of(2, 30))),
                        true)
                .build();

        List<ScheduleEntry> onCall =
                schedule
                        .render(earlySunday, List.of(), utc("2026-10-24T12:00:00Z"), utc("2026-10-25T12:00:00Z"))
                        .stream()
                        .filter(entry -> !entry.isGap())
                        .toList();

        // 02:30 happens twice on 25 October; like a handoff, the window's end takes the first (02:30+02:00).
        assertThat(onCall)
                .containsExactly(ScheduleEntry.onCall(
                        utc("2026-10-24T22:00:00Z"), utc("2026-10-25T00:30:00Z"), "ana", ROTATION));
    }

    @Test
    void weekendWindowWrappingIntoTheNextWeekIsOneStretch() {
        RotationRule weekends = RotationRule.builder(
                        MADRID, List.of("ana"), ShiftLength.weeks(1), local("2026-03-02T09:00"))
                .restrictedTo(
                        List.of(new WeeklyWindow(
                                DayOfWeek.FRIDAY, LocalTime.of(19, 0), DayOfWeek.MONDAY, LocalTime.of(9, 0))),
                        true)
                .build();

        List<ScheduleEntry> entries =
                schedule.render(weekends, List.of(), utc("2026-03-06T00:00:00Z"), utc("2026-03-10T00:00:00Z"));

        assertThat(entries).extracting(ScheduleEntry::member).containsExactly(null, "ana", null);
        assertThat(entries.get(1).start()).isEqualTo(utc("2026-03-06T18:00:00Z"));
        assertThat(entries.get(1).end()).isEqualTo(utc("2026-03-09T08:00:00Z"));
    }

    @Test
    void windowThatFallsInsideTheSpringGapMovesForwardByTheGapAndStillGivesATurn() {
        // 02:00-02:30 on Sunday 29 March never happens in Madrid; like a handoff it moves to 03:00-03:30 CEST.
        RotationRule sundayNights = RotationRule.builder(
                        MADRID, List.of("ana", "ben"), ShiftLength.days(1), local("2026-03-01T02:00"))
                .restrictedTo(
                        List.of(new WeeklyWindow(
                                DayOfWeek.SUNDAY, LocalTime.of(2, 0), DayOfWeek.SUNDAY, LocalTime.of(2, 30))),
                        false)
                .build();

        assertThat(schedule.onCallAt(sundayNights, List.of(), utc("2026-03-22T01:10:00Z")))
                .contains("ben");
        assertThat(schedule.render(sundayNights, List.of(), utc("2026-03-29T00:00:00Z"), utc("2026-03-30T00:00:00Z")))
                .containsExactly(
                        ScheduleEntry.gap(utc("2026-03-29T00:00:00Z"), utc("2026-03-29T01:00:00Z"), ROTATION),
                        ScheduleEntry.onCall(utc("2026-03-29T01:00:00Z"), utc("2026-03-29T01:30:00Z"), "ana", ROTATION),
                        ScheduleEntry.gap(utc("2026-03-29T01:30:00Z"), utc("2026-03-30T00:00:00Z"), ROTATION));
        assertThat(schedule.onCallAt(sundayNights, List.of(), utc("2026-04-05T00:10:00Z")))
                .contains("ben");
    }
}
