package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.Times.NEW_YORK;
import static io.tierdesk.oncall.schedule.Times.local;
import static io.tierdesk.oncall.schedule.Times.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DistantAnchorTest {

    private static final List<WeeklyWindow> WEEKDAYS_9_TO_19 =
            WeeklyWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(19, 0));

    private final RotationSchedule schedule = new RotationSchedule();

    @Test
    void hourlyRotationAnchoredDecadesAgoRendersA93DayWindowQuickly() {
        RotationRule hourly = RotationRule.builder(
                        NEW_YORK, List.of("ana", "ben", "cy"), ShiftLength.hours(1), local("1975-01-06T00:00"))
                .restrictedTo(WEEKDAYS_9_TO_19, false)
                .build();
        Instant since = utc("2026-01-01T00:00:00Z");

        List<ScheduleEntry> entries = assertTimeoutPreemptively(
                Duration.ofSeconds(2),
                () -> schedule.render(hourly, List.of(), since, since.plus(Duration.ofDays(93))));

        assertThat(entries).isNotEmpty();
    }

    @Test
    void dailyRestrictedRotationTwentyYearsOnAgreesWithCountingEveryShift() {
        RotationRule daily = RotationRule.builder(
                        NEW_YORK, List.of("ana", "ben", "cy", "dee"), ShiftLength.days(1), local("2006-03-01T10:00"))
                .restrictedTo(WEEKDAYS_9_TO_19, false)
                .build();
        Instant at = utc("2026-06-03T15:00:00Z");

        assertThat(schedule.onCallAt(daily, List.of(), at)).contains(memberByCountingEveryShift(daily, at));
    }

    @Test
    void fourHourlyRestrictedRotationTenYearsOnAgreesWithCountingEveryShift() {
        RotationRule fourHourly = RotationRule.builder(
                        NEW_YORK, List.of("ana", "ben", "cy"), ShiftLength.hours(4), local("2016-03-01T01:00"))
                .restrictedTo(WEEKDAYS_9_TO_19, false)
                .build();
        Instant at = utc("2026-06-03T15:00:00Z");

        assertThat(schedule.onCallAt(fourHourly, List.of(), at)).contains(memberByCountingEveryShift(fourHourly, at));
    }

    private static String memberByCountingEveryShift(RotationRule rule, Instant at) {
        ShiftClock clock = new ShiftClock(rule);
        TurnCounter counter = new TurnCounter(rule, clock);
        long target = clock.indexAt(at);
        long turns = 0;
        for (long shift = 0; shift < target; shift++) {
            turns += counter.isTurn(shift) ? 1 : 0;
        }
        return rule.memberForTurn(turns);
    }
}
