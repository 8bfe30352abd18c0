package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.Times.MADRID;
import static io.tierdesk.oncall.schedule.Times.local;
import static io.tierdesk.oncall.schedule.Times.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderWindowTest {

    private final RotationSchedule schedule = new RotationSchedule();
    private final RotationRule rule = RotationRule.builder(
                    MADRID, List.of("ana", "ben"), ShiftLength.days(1), local("2026-01-05T09:00"))
            .build();
    private final Instant since = utc("2026-02-01T00:00:00Z");

    @Test
    void windowLongerThan93DaysIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> schedule.render(
                        rule, List.of(), since, since.plus(Duration.ofDays(93)).plusSeconds(1)));
    }

    @Test
    void windowOfExactly93DaysIsAccepted() {
        List<ScheduleEntry> entries = schedule.render(rule, List.of(), since, since.plus(Duration.ofDays(93)));

        assertThat(entries).hasSize(94);
    }

    @Test
    void untilBeforeSinceIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> schedule.render(rule, List.of(), since, since.minusSeconds(1)));
    }

    @Test
    void emptyWindowIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> schedule.render(rule, List.of(), since, since));
    }

    @Test
    void gapsAndCalendarRenderingCheckTheWindowToo() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> schedule.gaps(rule, List.of(), since, since.minusSeconds(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> schedule.renderForCalendar(rule, List.of(), since, since.plus(Duration.ofDays(94))));
    }

    @Test
    void renderedWindowStartsAndEndsExactlyAtSinceAndUntilEvenMidShift() {
        Instant until = utc("2026-02-03T12:34:56.789Z");

        List<ScheduleEntry> entries = schedule.render(rule, List.of(), since, until);

        assertThat(entries.get(0).start()).isEqualTo(since);
        assertThat(entries.get(entries.size() - 1).end()).isEqualTo(until);
    }

    @Test
    void gapsListsOnlyTheTimesNobodyIsOnCall() {
        ShiftOverride nobody =
                new ShiftOverride("o1", utc("2026-02-02T10:00:00Z"), utc("2026-02-02T11:00:00Z"), null, 1);

        List<ScheduleEntry> gaps = schedule.gaps(rule, List.of(nobody), since, utc("2026-02-05T00:00:00Z"));

        assertThat(gaps)
                .containsExactly(ScheduleEntry.gap(
                        utc("2026-02-02T10:00:00Z"), utc("2026-02-02T11:00:00Z"), ScheduleEntry.Source.OVERRIDE));
    }
}
