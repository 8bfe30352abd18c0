package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.ScheduleEntry.Source.ROTATION;
import static io.tierdesk.oncall.schedule.Times.LORD_HOWE;
import static io.tierdesk.oncall.schedule.Times.MADRID;
import static io.tierdesk.oncall.schedule.Times.NEW_YORK;
import static io.tierdesk.oncall.schedule.Times.local;
import static io.tierdesk.oncall.schedule.Times.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The two rules for turning a local time into an instant, on real transitions of 2027 and 2028: a local time
 * inside a spring-forward gap moves forward by the length of the gap (RFC 5545 §3.3.5, {@link ZonedDateTime#of});
 * a local time that happens twice takes the earlier offset. Each case picks its own zone and date.
 */
class LocalTimeResolutionTest {

    private static final ZoneId SANTIAGO = ZoneId.of("America/Santiago");

    private final RotationSchedule schedule = new RotationSchedule();

    @Nested
    class WallClockResolve {

        @ParameterizedTest(name = "{0} {1} -> {2}")
        @CsvSource({
            // Madrid 28 Mar 2027: 02:00 -> 03:00; 02:30 is 03:30 CEST.
            "Europe/Madrid, 2027-03-28T02:30, 2027-03-28T01:30:00Z",
            "Europe/Madrid, 2027-03-28T02:00, 2027-03-28T01:00:00Z",
            "Europe/Madrid, 2028-03-26T02:59:59, 2028-03-26T01:59:59Z",
            // New York 14 Mar 2027: 02:00 -> 03:00; 02:30 is 03:30 EDT.
            "America/New_York, 2027-03-14T02:30, 2027-03-14T07:30:00Z",
            // Lord Howe 3 Oct 2027: 02:00 -> 02:30 (+10:30 -> +11); 02:15 is 02:45 +11.
            "Australia/Lord_Howe, 2027-10-03T02:15, 2027-10-02T15:45:00Z",
            "Australia/Lord_Howe, 2028-10-01T02:00, 2028-09-30T15:30:00Z",
            // Santiago 5 Sep 2027: midnight -> 01:00; 00:20 is 01:20 -03.
            "America/Santiago, 2027-09-05T00:20, 2027-09-05T04:20:00Z",
        })
        void aLocalTimeInTheSpringGapMovesForwardByTheLengthOfTheGap(String zone, String local, String expected) {
            Instant resolved = WallClock.resolve(local(local), ZoneId.of(zone));

            assertThat(resolved).isEqualTo(utc(expected));
            assertThat(resolved)
                    .isEqualTo(ZonedDateTime.of(local(local), ZoneId.of(zone)).toInstant());
        }

        @ParameterizedTest(name = "{0} {1} -> {2}")
        @CsvSource({
            // Madrid 31 Oct 2027: 03:00 CEST -> 02:00 CET; 02:30 happens at 00:30Z and 01:30Z.
            "Europe/Madrid, 2027-10-31T02:30, 2027-10-31T00:30:00Z",
            // New York 7 Nov 2027: 01:30 happens at 05:30Z (EDT) and 06:30Z (EST).
            "America/New_York, 2027-11-07T01:30, 2027-11-07T05:30:00Z",
            // Lord Howe 2 Apr 2028: 02:00 +11 -> 01:30 +10:30; 01:45 happens at 14:45Z and 15:15Z.
            "Australia/Lord_Howe, 2028-04-02T01:45, 2028-04-01T14:45:00Z",
            // Santiago 4 Apr 2027: midnight -03 -> 23:00 -04; 23:30 on the 3rd happens at 02:30Z and 03:30Z.
            "America/Santiago, 2027-04-03T23:30, 2027-04-04T02:30:00Z",
        })
        void aLocalTimeThatHappensTwiceTakesTheEarlierOffset(String zone, String local, String expected) {
            assertThat(WallClock.resolve(local(local), ZoneId.of(zone))).isEqualTo(utc(expected));
        }
    }

    @Nested
    class Handoffs {

        @Test
        void dailyHandoffInsideMadridsGapStartsAnHourLaterAndTheTwoShiftsAddUpToTheElapsedTime() {
            RotationRule daily230 = RotationRule.builder(
                            MADRID, List.of("ana", "ben", "cy"), ShiftLength.days(1), local("2027-03-20T02:30"))
                    .build();

            List<ScheduleEntry> entries =
                    schedule.render(daily230, List.of(), utc("2027-03-27T01:30:00Z"), utc("2027-03-29T00:30:00Z"));

            // 27 Mar 02:30 CET, 28 Mar 03:30 CEST (02:30 does not exist), 29 Mar 02:30 CEST.
            assertThat(entries)
                    .extracting(ScheduleEntry::start)
                    .containsExactly(utc("2027-03-27T01:30:00Z"), utc("2027-03-28T01:30:00Z"));
            assertThat(entries.get(0).duration()).isEqualTo(Duration.ofHours(24));
            assertThat(entries.get(1).end()).isEqualTo(utc("2027-03-29T00:30:00Z"));
            assertThat(entries.get(1).duration()).isEqualTo(Duration.ofHours(23));
            assertThat(entries.get(0).duration().plus(entries.get(1).duration()))
                    .isEqualTo(Duration.between(utc("2027-03-27T01:30:00Z"), utc("2027-03-29T00:30:00Z")));
            assertThat(entries).extracting(ScheduleEntry::member).containsExactly("ben", "cy");
        }

        @Test
        void weeklyHandoffInsideNewYorksGapSkipsNobodysTurn() {
            // 14 Mar 2027 is a Sunday; the handoff is Sunday 02:30, which does not exist that day.
            RotationRule weekly = RotationRule.builder(
                            NEW_YORK, List.of("ana", "ben", "cy"), ShiftLength.weeks(1), local("2027-02-28T02:30"))
                    .build();

            List<ScheduleEntry> entries =
                    schedule.render(weekly, List.of(), utc("2027-03-07T07:30:00Z"), utc("2027-03-21T06:30:00Z"));

            assertThat(entries).extracting(ScheduleEntry::member).containsExactly("ben", "cy");
            assertThat(entries.get(1).start()).isEqualTo(utc("2027-03-14T07:30:00Z"));
            assertThat(entries.get(0).duration()).isEqualTo(Duration.ofHours(168));
            assertThat(entries.get(1).duration()).isEqualTo(Duration.ofHours(167));
        }

        @Test
        void dailyHandoffInsideLordHowesHalfHourGapStartsHalfAnHourLater() {
            RotationRule daily215 = RotationRule.builder(
                            LORD_HOWE, List.of("ana", "ben"), ShiftLength.days(1), local("2027-09-30T02:15"))
                    .build();

            ScheduleEntry shift = schedule.entryAt(daily215, List.of(), utc("2027-10-03T00:00:00Z"));

            assertThat(shift.start().atZone(LORD_HOWE).toLocalDateTime()).isEqualTo(local("2027-10-03T02:45"));
            assertThat(shift.duration()).isEqualTo(Duration.ofMinutes(23 * 60 + 30));
            assertThat(schedule.entryAt(daily215, List.of(), shift.start().minusNanos(1))
                            .duration())
                    .isEqualTo(Duration.ofHours(24));
            assertThat(shift.member()).isEqualTo("ben");
        }

        @Test
        void dailyHandoffInsideSantiagosMidnightGapMovesToTwentyPastOne() {
            RotationRule daily0020 = RotationRule.builder(
                            SANTIAGO, List.of("ana", "ben"), ShiftLength.days(1), local("2027-09-01T00:20"))
                    .build();

            ScheduleEntry shift = schedule.entryAt(daily0020, List.of(), utc("2027-09-05T12:00:00Z"));

            assertThat(shift.start()).isEqualTo(utc("2027-09-05T04:20:00Z"));
            assertThat(shift.start().atZone(SANTIAGO).toLocalTime()).isEqualTo(LocalTime.of(1, 20));
            assertThat(shift.end()).isEqualTo(utc("2027-09-06T03:20:00Z"));
        }

        @Test
        void dailyHandoffAtARepeatedTimeTakesTheFirstOccurrenceInNewYork() {
            RotationRule daily130 = RotationRule.builder(
                            NEW_YORK, List.of("ana", "ben"), ShiftLength.days(1), local("2028-11-01T01:30"))
                    .build();

            ScheduleEntry shift = schedule.entryAt(daily130, List.of(), utc("2028-11-05T12:00:00Z"));

            assertThat(shift.start()).isEqualTo(utc("2028-11-05T05:30:00Z"));
            assertThat(shift.end()).isEqualTo(utc("2028-11-06T06:30:00Z"));
            assertThat(shift.duration()).isEqualTo(Duration.ofHours(25));
        }
    }

    @Nested
    class Restrictions {

        @Test
        void aWindowStartingInMadridsGapStartsTheLengthOfTheGapLater() {
            // Sundays 02:30-06:00; 28 Mar 2027 is the spring-forward Sunday.
            RotationRule sundays = RotationRule.builder(
                            MADRID, List.of("ana"), ShiftLength.weeks(1), local("2027-03-01T00:00"))
                    .restrictedTo(
                            List.of(new WeeklyWindow(
                                    DayOfWeek.SUNDAY, LocalTime.of(2, 30), DayOfWeek.SUNDAY, LocalTime.of(6, 0))),
                            true)
                    .build();

            List<ScheduleEntry> onCall = onCall(sundays, "2027-03-27T12:00:00Z", "2027-03-28T12:00:00Z");

            assertThat(onCall)
                    .containsExactly(ScheduleEntry.onCall(
                            utc("2027-03-28T01:30:00Z"), utc("2027-03-28T04:00:00Z"), "ana", ROTATION));
        }

        @Test
        void aWindowEndingInLordHowesGapEndsHalfAnHourLater() {
            // Saturday 22:00 to Sunday 02:15; 3 Oct 2027 is the spring-forward Sunday (02:00 -> 02:30).
            RotationRule nights = RotationRule.builder(
                            LORD_HOWE, List.of("ana"), ShiftLength.weeks(1), local("2027-09-06T00:00"))
                    .restrictedTo(
                            List.of(new WeeklyWindow(
                                    DayOfWeek.SATURDAY, LocalTime.of(22, 0), DayOfWeek.SUNDAY, LocalTime.of(2, 15))),
                            true)
                    .build();

            List<ScheduleEntry> onCall = onCall(nights, "2027-10-02T00:00:00Z", "2027-10-03T00:00:00Z");

            // 22:00 +10:30 is 11:30Z; 02:15 does not exist and becomes 02:45 +11, i.e. 15:45Z.
            assertThat(onCall)
                    .containsExactly(ScheduleEntry.onCall(
                            utc("2027-10-02T11:30:00Z"), utc("2027-10-02T15:45:00Z"), "ana", ROTATION));
        }

        @Test
        void aWindowEndingAtARepeatedTimeEndsAtItsFirstOccurrence() {
            // Saturday 22:00 to Sunday 02:30; 31 Oct 2027 is Madrid's fall-back Sunday (02:30 happens twice).
            RotationRule nights = RotationRule.builder(
                            MADRID, List.of("ana"), ShiftLength.weeks(1), local("2027-10-04T00:00"))
                    .restrictedTo(
                            List.of(new WeeklyWindow(
                                    DayOfWeek.SATURDAY, LocalTime.of(22, 0), DayOfWeek.SUNDAY, LocalTime.of(2, 30))),
                            true)
                    .build();

            List<ScheduleEntry> onCall = onCall(nights, "2027-10-30T12:00:00Z", "2027-10-31T12:00:00Z");

            assertThat(onCall)
                    .containsExactly(ScheduleEntry.onCall(
                            utc("2027-10-30T20:00:00Z"), utc("2027-10-31T00:30:00Z"), "ana", ROTATION));
        }

        @Test
        void aWindowStartingAtARepeatedTimeStartsAtItsFirstOccurrenceAndRunsThrough() {
            // Sundays 01:15-03:00 in New York; 7 Nov 2027 repeats 01:00-02:00.
            RotationRule sundays = RotationRule.builder(
                            NEW_YORK, List.of("ana"), ShiftLength.weeks(1), local("2027-11-01T00:00"))
                    .restrictedTo(
                            List.of(new WeeklyWindow(
                                    DayOfWeek.SUNDAY, LocalTime.of(1, 15), DayOfWeek.SUNDAY, LocalTime.of(3, 0))),
                            true)
                    .build();

            List<ScheduleEntry> onCall = onCall(sundays, "2027-11-07T00:00:00Z", "2027-11-08T00:00:00Z");

            assertThat(onCall)
                    .containsExactly(ScheduleEntry.onCall(
                            utc("2027-11-07T05:15:00Z"), utc("2027-11-07T08:00:00Z"), "ana", ROTATION));
        }

        @Test
        void aWindowInsideTheGapKeepsItsLengthAndStillGivesATurn() {
            // Sunday 00:10-00:40 in Santiago; on 5 Sep 2027 midnight to 01:00 does not exist.
            RotationRule sundays = RotationRule.builder(
                            SANTIAGO, List.of("ana", "ben"), ShiftLength.days(1), local("2027-08-01T00:00"))
                    .restrictedTo(
                            List.of(new WeeklyWindow(
                                    DayOfWeek.SUNDAY, LocalTime.of(0, 10), DayOfWeek.SUNDAY, LocalTime.of(0, 40))),
                            false)
                    .build();

            List<ScheduleEntry> onCall = onCall(sundays, "2027-08-28T00:00:00Z", "2027-09-13T00:00:00Z");

            assertThat(onCall)
                    .extracting(ScheduleEntry::start)
                    .containsExactly(
                            utc("2027-08-29T04:10:00Z"), utc("2027-09-05T04:10:00Z"), utc("2027-09-12T03:10:00Z"));
            assertThat(onCall).allSatisfy(entry -> assertThat(entry.duration()).isEqualTo(Duration.ofMinutes(30)));
            assertThat(onCall).extracting(ScheduleEntry::member).containsExactly("ana", "ben", "ana");
        }

        private List<ScheduleEntry> onCall(RotationRule rule, String since, String until) {
            return schedule.render(rule, List.of(), utc(since), utc(until)).stream()
                    .filter(entry -> !entry.isGap())
                    .toList();
        }
    }
}
