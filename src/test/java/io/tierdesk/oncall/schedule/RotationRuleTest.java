package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.Times.MADRID;
import static io.tierdesk.oncall.schedule.Times.local;
import static io.tierdesk.oncall.schedule.Times.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class RotationRuleTest {

    @Test
    void rotationWithoutMembersIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () -> RotationRule.builder(MADRID, List.of(), ShiftLength.days(1), local("2026-01-05T09:00"))
                                .build());
    }

    @Test
    void nonPositiveShiftLengthIsRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> ShiftLength.hours(0));
    }

    @Test
    void effectiveUntilNotAfterEffectiveFromIsRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RotationRule.builder(
                                MADRID, List.of("ana"), ShiftLength.days(1), local("2026-01-05T09:00"))
                        .effectiveFrom(utc("2026-02-01T00:00:00Z"))
                        .effectiveUntil(utc("2026-02-01T00:00:00Z"))
                        .build());
    }

    @Test
    void membersAreCopiedSoTheRuleStaysImmutable() {
        List<String> members = new java.util.ArrayList<>(List.of("ana"));
        RotationRule rule = RotationRule.builder(MADRID, members, ShiftLength.days(1), local("2026-01-05T09:00"))
                .build();

        members.add("ben");

        assertThat(rule.members()).containsExactly("ana");
    }

    @Test
    void dailyWindowsEndingAtOrBeforeTheirStartRunIntoTheNextDay() {
        List<WeeklyWindow> nights =
                WeeklyWindow.onDays(EnumSet.of(DayOfWeek.SUNDAY), LocalTime.of(22, 0), LocalTime.of(6, 0));

        assertThat(nights)
                .containsExactly(
                        new WeeklyWindow(DayOfWeek.SUNDAY, LocalTime.of(22, 0), DayOfWeek.MONDAY, LocalTime.of(6, 0)));
        assertThat(nights.get(0).endSecondOfWeek() - nights.get(0).startSecondOfWeek())
                .isEqualTo(8 * 3600);
    }

    @Test
    void windowFromMidnightToMidnightIsTheWholeDay() {
        WeeklyWindow wholeMonday = WeeklyWindow.onDays(
                        EnumSet.of(DayOfWeek.MONDAY), LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
                .get(0);

        assertThat(wholeMonday.endSecondOfWeek() - wholeMonday.startSecondOfWeek())
                .isEqualTo(86_400);
    }
}
