package io.tierdesk.calendar;

import static io.tierdesk.calendar.AmsterdamTime.AMSTERDAM;
import static io.tierdesk.calendar.AmsterdamTime.ams;
import static io.tierdesk.calendar.AmsterdamTime.officeHours;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BusinessCalendarTest {

    private static final Duration FOUR_HOURS = Duration.ofHours(4);

    @Nested
    class DomainExamples {

        private final BusinessCalendar office = officeHours();

        @Test
        void fourHourTargetCreatedFridayAtFourIsDueMondayAtNoon() {
            assertThat(office.addBusinessTime(ams("2026-03-13T16:00"), FOUR_HOURS))
                    .isEqualTo(ams("2026-03-16T12:00"));
        }

        @Test
        void fourHourTargetCreatedSaturdayMorningIsDueMondayAtOne() {
            assertThat(office.addBusinessTime(ams("2026-03-14T10:00"), FOUR_HOURS))
                    .isEqualTo(ams("2026-03-16T13:00"));
        }

        @Test
        void ticketCreatedExactlyAtClosingCountsFromTheNextOpening() {
            assertThat(office.addBusinessTime(ams("2026-03-16T17:00"), FOUR_HOURS))
                    .isEqualTo(ams("2026-03-17T13:00"));
            assertThat(office.addBusinessTime(ams("2026-03-13T17:00"), FOUR_HOURS))
                    .isEqualTo(ams("2026-03-16T13:00"));
        }

        @Test
        void oneHourTargetFromHalfPastElevenSkipsTheLunchGap() {
            List<WorkingInterval> withLunch = new ArrayList<>(WorkingInterval.onWeekdays("09:00", "12:00"));
            withLunch.addAll(WorkingInterval.onWeekdays("13:00", "17:00"));
            BusinessCalendar calendar = new BusinessCalendar(AMSTERDAM, withLunch, List.of());

            assertThat(calendar.addBusinessTime(ams("2026-03-16T11:30"), Duration.ofHours(1)))
                    .isEqualTo(ams("2026-03-16T13:30"));
        }

        @Test
        void twentyFourSevenCountsRealElapsedTimeAcrossTheSpringChange() {
            BusinessCalendar always = BusinessCalendar.twentyFourSeven(AMSTERDAM);

            assertThat(always.addBusinessTime(ams("2026-03-28T23:30"), FOUR_HOURS))
                    .isEqualTo(Instant.parse("2026-03-29T02:30:00Z"));
        }

        @Test
        void businessHoursKeepTheirWallClockTimesAcrossTheSpringChange() {
            Instant due = office.addBusinessTime(ams("2026-03-27T16:00"), FOUR_HOURS);

            assertThat(due).isEqualTo(ams("2026-03-30T12:00")).isEqualTo(Instant.parse("2026-03-30T10:00:00Z"));
            assertThat(office.isOpen(ams("2026-03-30T09:00"))).isTrue();
            assertThat(office.isOpen(ams("2026-03-30T08:59"))).isFalse();
        }

        @Test
        void businessHoursKeepTheirWallClockTimesAcrossTheAutumnChange() {
            Instant due = office.addBusinessTime(ams("2026-10-23T16:00"), FOUR_HOURS);

            assertThat(due).isEqualTo(ams("2026-10-26T12:00")).isEqualTo(Instant.parse("2026-10-26T11:00:00Z"));
            assertThat(office.businessTimeBetween(ams("2026-10-23T09:00"), ams("2026-10-26T17:00")))
                    .isEqualTo(Duration.ofHours(16));
        }
    }

    @Nested
    class WholeDays {

        @Test
        void wholeDayIntervalLeavesNoClosedMinuteAtNight() {
            BusinessCalendar calendar = new BusinessCalendar(
                    AMSTERDAM, WorkingInterval.onDays(List.of(DayOfWeek.values()), "00:00", "24:00"), List.of());

            assertThat(calendar.isOpen(ams("2026-03-16T23:59:30"))).isTrue();
            assertThat(calendar.isOpen(ams("2026-03-17T00:00"))).isTrue();
            assertThat(calendar.businessTimeBetween(ams("2026-03-16T12:00"), ams("2026-03-17T12:00")))
                    .isEqualTo(Duration.ofHours(24));
            assertThat(calendar).isEqualTo(BusinessCalendar.twentyFourSeven(AMSTERDAM));
        }

        @Test
        void endingAtTwentyThreeFiftyNineClosesTheLastMinuteUnlikeTwentyFourHundred() {
            BusinessCalendar almostWholeDays = new BusinessCalendar(
                    AMSTERDAM, WorkingInterval.onDays(List.of(DayOfWeek.values()), "00:00", "23:59"), List.of());

            assertThat(almostWholeDays.isOpen(ams("2026-03-16T23:59:30"))).isFalse();
        }

        @Test
        void twentyFourSevenDayHoldsTwentyFiveHoursOnTheAutumnChange() {
            BusinessCalendar always = BusinessCalendar.twentyFourSeven(AMSTERDAM);

            assertThat(always.businessTimeBetween(ams("2026-10-25T00:00"), ams("2026-10-26T00:00")))
                    .isEqualTo(Duration.ofHours(25));
            assertThat(always.addBusinessTime(ams("2026-10-24T23:30"), FOUR_HOURS))
                    .isEqualTo(Instant.parse("2026-10-25T01:30:00Z"));
        }

        @Test
        void nightShiftContinuesAcrossMidnight() {
            BusinessCalendar nights = new BusinessCalendar(
                    AMSTERDAM,
                    List.of(
                            WorkingInterval.of(MONDAY, "22:00", "24:00"),
                            WorkingInterval.of(TUESDAY, "00:00", "06:00")),
                    List.of());

            assertThat(nights.addBusinessTime(ams("2026-03-16T23:00"), Duration.ofHours(2)))
                    .isEqualTo(ams("2026-03-17T01:00"));
            assertThat(nights.isOpen(ams("2026-03-17T00:00"))).isTrue();
        }
    }

    @Nested
    class DaylightSavingTime {

        @Test
        void intervalFallingPartlyIntoTheSpringGapHoldsFewerRealMinutes() {
            BusinessCalendar sundayNights =
                    new BusinessCalendar(AMSTERDAM, List.of(WorkingInterval.of(SUNDAY, "01:00", "04:00")), List.of());

            assertThat(sundayNights.businessTimeBetween(ams("2026-03-29T00:00"), ams("2026-03-30T00:00")))
                    .isEqualTo(Duration.ofHours(2));
            assertThat(sundayNights.addBusinessTime(ams("2026-03-29T01:30"), Duration.ofMinutes(30)))
                    .isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
        }

        @Test
        void intervalEntirelyInsideTheSpringGapHoldsNoTime() {
            BusinessCalendar gapOnly = new BusinessCalendar(
                    AMSTERDAM,
                    List.of(WorkingInterval.of(SUNDAY, "02:00", "03:00"), WorkingInterval.of(MONDAY, "09:00", "10:00")),
                    List.of());

            assertThat(gapOnly.addBusinessTime(ams("2026-03-29T00:00"), Duration.ofMinutes(1)))
                    .isEqualTo(ams("2026-03-30T09:01"));
            assertThat(gapOnly.addBusinessTime(ams("2026-03-22T00:00"), Duration.ofMinutes(1)))
                    .isEqualTo(ams("2026-03-22T02:01"));
        }

        @Test
        void intervalSpanningTheRepeatedAutumnHourHoldsMoreRealMinutes() {
            BusinessCalendar sundayNights =
                    new BusinessCalendar(AMSTERDAM, List.of(WorkingInterval.of(SUNDAY, "01:00", "04:00")), List.of());

            assertThat(sundayNights.businessTimeBetween(ams("2026-10-25T00:00"), ams("2026-10-26T00:00")))
                    .isEqualTo(Duration.ofHours(4));
        }

        @Test
        void midnightGapInHavanaDoesNotLoseTheDay() {
            ZoneId havana = ZoneId.of("America/Havana");
            BusinessCalendar always = BusinessCalendar.twentyFourSeven(havana);
            // Havana springs forward from 00:00 to 01:00 on 2026-03-08.
            Instant saturdayNoon = Instant.parse("2026-03-07T17:00:00Z");

            assertThat(always.businessTimeBetween(saturdayNoon, saturdayNoon.plus(Duration.ofHours(48))))
                    .isEqualTo(Duration.ofHours(48));
            assertThat(always.isOpen(Instant.parse("2026-03-08T05:00:00Z"))).isTrue();
        }
    }

    @Nested
    class Holidays {

        @Test
        void fixedHolidayClosesItsWholeDay() {
            BusinessCalendar calendar = officeHours(Holiday.once(LocalDate.of(2026, 3, 16)));

            assertThat(calendar.addBusinessTime(ams("2026-03-13T16:00"), FOUR_HOURS))
                    .isEqualTo(ams("2026-03-17T12:00"));
            assertThat(calendar.isOpen(ams("2026-03-16T10:00"))).isFalse();
        }

        @Test
        void fixedHolidayAppliesOnlyInItsYear() {
            BusinessCalendar calendar = officeHours(Holiday.once(LocalDate.of(2025, 12, 25)));

            assertThat(calendar.isOpen(ams("2026-12-25T10:00"))).isTrue();
        }

        @Test
        void yearlyHolidayClosesTheSameDateEveryYear() {
            BusinessCalendar calendar = officeHours(Holiday.yearly(LocalDate.of(2020, 12, 25)));

            assertThat(calendar.addBusinessTime(ams("2026-12-24T16:00"), FOUR_HOURS))
                    .isEqualTo(ams("2026-12-28T12:00"));
            assertThat(calendar.isOpen(ams("2025-12-25T10:00"))).isFalse();
            assertThat(calendar.isOpen(ams("2026-12-24T10:00"))).isTrue();
        }

        @Test
        void yearlyHolidayOnLeapDayAppliesOnlyInLeapYears() {
            BusinessCalendar calendar = officeHours(Holiday.yearly(LocalDate.of(2024, 2, 29)));

            assertThat(calendar.isHoliday(LocalDate.of(2028, 2, 29))).isTrue();
            assertThat(calendar.isHoliday(LocalDate.of(2027, 2, 28))).isFalse();
            assertThat(calendar.isHoliday(LocalDate.of(2027, 3, 1))).isFalse();
        }

        @Test
        void givesUpInsteadOfWalkingForeverWhenHolidaysCoverEveryWorkingDay() {
            List<Holiday> everyDate = new ArrayList<>();
            for (LocalDate date = LocalDate.of(2024, 1, 1); date.getYear() == 2024; date = date.plusDays(1)) {
                everyDate.add(Holiday.yearly(date));
            }
            BusinessCalendar neverOpen =
                    new BusinessCalendar(AMSTERDAM, WorkingInterval.onWeekdays("09:00", "17:00"), everyDate);

            assertThatIllegalStateException()
                    .isThrownBy(() -> neverOpen.addBusinessTime(ams("2026-03-16T10:00"), FOUR_HOURS));
            assertThatIllegalStateException().isThrownBy(() -> neverOpen.nextOpening(ams("2026-03-16T10:00")));
            assertThat(neverOpen.businessTimeBetween(ams("2026-01-01T00:00"), ams("2027-01-01T00:00")))
                    .isZero();
        }
    }

    @Nested
    class Openings {

        private final BusinessCalendar office = officeHours();

        @Test
        void intervalsAreHalfOpen() {
            assertThat(office.isOpen(ams("2026-03-16T09:00"))).isTrue();
            assertThat(office.isOpen(ams("2026-03-16T16:59:59.999"))).isTrue();
            assertThat(office.isOpen(ams("2026-03-16T17:00"))).isFalse();
        }

        @Test
        void nextOpeningIsTheInstantItselfWhenOpen() {
            assertThat(office.nextOpening(ams("2026-03-16T10:15"))).isEqualTo(ams("2026-03-16T10:15"));
        }

        @Test
        void nextOpeningAfterClosingIsTheNextWorkingMorning() {
            assertThat(office.nextOpening(ams("2026-03-16T17:00"))).isEqualTo(ams("2026-03-17T09:00"));
            assertThat(office.nextOpening(ams("2026-03-14T10:00"))).isEqualTo(ams("2026-03-16T09:00"));
        }

        @Test
        void addingZeroReturnsTheStartWhenOpenOtherwiseTheNextOpening() {
            assertThat(office.addBusinessTime(ams("2026-03-16T10:00"), Duration.ZERO))
                    .isEqualTo(ams("2026-03-16T10:00"));
            assertThat(office.addBusinessTime(ams("2026-03-16T17:00"), Duration.ZERO))
                    .isEqualTo(ams("2026-03-17T09:00"));
        }

        @Test
        void targetRunningOutAtClosingIsDueAtClosing() {
            assertThat(office.addBusinessTime(ams("2026-03-16T09:00"), Duration.ofHours(8)))
                    .isEqualTo(ams("2026-03-16T17:00"));
        }

        @Test
        void businessTimeBetweenCountsOnlyOpenTime() {
            assertThat(office.businessTimeBetween(ams("2026-03-13T16:00"), ams("2026-03-16T12:00")))
                    .isEqualTo(FOUR_HOURS);
            assertThat(office.businessTimeBetween(ams("2026-03-16T16:00"), ams("2026-03-17T10:00")))
                    .isEqualTo(Duration.ofHours(2));
        }

        @Test
        void businessTimeBetweenIsZeroWhenTheEndIsNotAfterTheStart() {
            assertThat(office.businessTimeBetween(ams("2026-03-16T12:00"), ams("2026-03-16T10:00")))
                    .isZero();
            assertThat(office.businessTimeBetween(ams("2026-03-16T12:00"), ams("2026-03-16T12:00")))
                    .isZero();
        }

        @Test
        void dueDatesDoNotDependOnTheZoneTheyAreReadIn() {
            BusinessCalendar newYork = new BusinessCalendar(
                    ZoneId.of("America/New_York"), WorkingInterval.onWeekdays("09:00", "17:00"), List.of());

            // Friday 16:00 in New York (EDT since 8 March) is Friday 20:00Z.
            assertThat(newYork.addBusinessTime(Instant.parse("2026-03-13T20:00:00Z"), FOUR_HOURS))
                    .isEqualTo(Instant.parse("2026-03-16T16:00:00Z"));
        }
    }

    @Nested
    class Construction {

        @Test
        void rejectsCalendarWithoutWorkingIntervals() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new BusinessCalendar(AMSTERDAM, List.of(), List.of()));
        }

        @Test
        void rejectsOverlappingIntervalsOnTheSameDay() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new BusinessCalendar(
                            AMSTERDAM,
                            List.of(
                                    WorkingInterval.of(MONDAY, "09:00", "12:30"),
                                    WorkingInterval.of(MONDAY, "12:00", "17:00")),
                            List.of()));
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> new BusinessCalendar(
                            AMSTERDAM,
                            List.of(
                                    WorkingInterval.of(MONDAY, "09:00", "17:00"),
                                    WorkingInterval.of(MONDAY, "09:00", "17:00")),
                            List.of()));
        }

        @Test
        void acceptsAdjacentIntervalsAndTheSameHoursOnOtherDays() {
            BusinessCalendar calendar = new BusinessCalendar(
                    AMSTERDAM,
                    List.of(
                            WorkingInterval.of(MONDAY, "12:00", "17:00"),
                            WorkingInterval.of(MONDAY, "09:00", "12:00"),
                            WorkingInterval.of(TUESDAY, "09:00", "12:00")),
                    List.of());

            assertThat(calendar.workingIntervals())
                    .containsExactly(
                            WorkingInterval.of(MONDAY, "09:00", "12:00"),
                            WorkingInterval.of(MONDAY, "12:00", "17:00"),
                            WorkingInterval.of(TUESDAY, "09:00", "12:00"));
            assertThat(calendar.businessTimeBetween(ams("2026-03-16T00:00"), ams("2026-03-17T00:00")))
                    .isEqualTo(Duration.ofHours(8));
        }

        @Test
        void rejectsNegativeBusinessTime() {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> officeHours().addBusinessTime(ams("2026-03-16T10:00"), Duration.ofMinutes(-1)));
        }
    }
}
