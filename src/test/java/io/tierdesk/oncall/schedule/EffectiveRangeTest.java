package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.ScheduleEntry.Source.ROTATION;
import static io.tierdesk.oncall.schedule.Times.MADRID;
import static io.tierdesk.oncall.schedule.Times.local;
import static io.tierdesk.oncall.schedule.Times.utc;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class EffectiveRangeTest {

    private final RotationSchedule schedule = new RotationSchedule();

    private final RotationRule rule = RotationRule.builder(
                    MADRID, List.of("ana", "ben"), ShiftLength.weeks(1), local("2026-01-05T09:00"))
            .effectiveFrom(utc("2026-02-04T00:00:00Z"))
            .effectiveUntil(utc("2026-02-20T00:00:00Z"))
            .build();

    @Test
    void timeBeforeEffectiveFromAndAfterEffectiveUntilIsAGap() {
        List<ScheduleEntry> entries =
                schedule.render(rule, List.of(), utc("2026-02-01T00:00:00Z"), utc("2026-02-25T00:00:00Z"));

        assertThat(entries.get(0))
                .isEqualTo(ScheduleEntry.gap(utc("2026-02-01T00:00:00Z"), utc("2026-02-04T00:00:00Z"), ROTATION));
        assertThat(entries.get(entries.size() - 1))
                .isEqualTo(ScheduleEntry.gap(utc("2026-02-20T00:00:00Z"), utc("2026-02-25T00:00:00Z"), ROTATION));
    }

    @Test
    void theAnchorNotEffectiveFromDecidesWhoseTurnItIs() {
        // Weeks since 5 January: 2 Feb is week 4 (ana), 9 Feb week 5 (ben), 16 Feb week 6 (ana).
        List<ScheduleEntry> entries =
                schedule.render(rule, List.of(), utc("2026-02-04T00:00:00Z"), utc("2026-02-20T00:00:00Z"));

        assertThat(entries).extracting(ScheduleEntry::member).containsExactly("ana", "ben", "ana");
    }

    @Test
    void windowEntirelyOutsideTheEffectiveRangeIsOneGap() {
        assertThat(schedule.render(rule, List.of(), utc("2026-03-01T00:00:00Z"), utc("2026-03-08T00:00:00Z")))
                .containsExactly(ScheduleEntry.gap(utc("2026-03-01T00:00:00Z"), utc("2026-03-08T00:00:00Z"), ROTATION));
    }

    @Test
    void builderMakesARuleEffectiveFromItsAnchorByDefault() {
        RotationRule fromAnchor = RotationRule.builder(
                        MADRID, List.of("ana"), ShiftLength.days(1), local("2026-01-05T09:00"))
                .build();

        assertThat(fromAnchor.effectiveFrom()).isEqualTo(utc("2026-01-05T08:00:00Z"));
        assertThat(schedule.onCallAt(fromAnchor, List.of(), utc("2026-01-05T07:59:59Z")))
                .isEmpty();
    }
}
