package io.tierdesk.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class WorkingIntervalTest {

    @Test
    void acceptsTwentyFourHundredAsTheEndOfTheDay() {
        WorkingInterval wholeDay = WorkingInterval.of(MONDAY, "00:00", "24:00");

        assertThat(wholeDay).isEqualTo(WorkingInterval.wholeDay(MONDAY));
        assertThat(wholeDay.endMinute()).isEqualTo(24 * 60);
        assertThat(wholeDay.endsAtEndOfDay()).isTrue();
        assertThat(wholeDay.endTime()).isEqualTo(LocalTime.MIDNIGHT);
        assertThat(wholeDay).hasToString("MONDAY 00:00–24:00");
    }

    @Test
    void readsMidnightAsAnEndTimeAsTheEndOfTheDay() {
        assertThat(WorkingInterval.of(MONDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT))
                .isEqualTo(WorkingInterval.of(MONDAY, "22:00", "24:00"));
    }

    @Test
    void rejectsEmptyOrInvertedIntervals() {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingInterval.of(MONDAY, "17:00", "09:00"));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingInterval.of(MONDAY, "09:00", "09:00"));
    }

    @Test
    void rejectsTimesThatAreNotTimesOfDay() {
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingInterval.of(MONDAY, "09:00", "24:30"));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingInterval.of(MONDAY, "09:60", "10:00"));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingInterval.of(MONDAY, "9:00", "10:00"));
        assertThatIllegalArgumentException().isThrownBy(() -> WorkingInterval.of(MONDAY, "24:00", "24:00"));
    }

    @Test
    void rejectsSecondsBecauseIntervalsHaveMinutePrecision() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WorkingInterval.of(MONDAY, LocalTime.of(9, 0, 30), LocalTime.of(17, 0)));
    }

    @Test
    void overlapsOnlyOnTheSameDayWithSharedMinutes() {
        WorkingInterval morning = WorkingInterval.of(MONDAY, "09:00", "12:00");

        assertThat(morning.overlaps(WorkingInterval.of(MONDAY, "11:59", "13:00")))
                .isTrue();
        assertThat(morning.overlaps(WorkingInterval.of(MONDAY, "12:00", "13:00")))
                .isFalse();
        assertThat(morning.overlaps(WorkingInterval.of(TUESDAY, "09:00", "12:00")))
                .isFalse();
    }

    @Test
    void weekdaysMeansMondayToFriday() {
        assertThat(WorkingInterval.onWeekdays("09:00", "17:00"))
                .extracting(WorkingInterval::day)
                .containsExactly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY);
    }
}
