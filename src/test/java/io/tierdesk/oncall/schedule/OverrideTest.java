package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.ScheduleEntry.Source.OVERRIDE;
import static io.tierdesk.oncall.schedule.ScheduleEntry.Source.ROTATION;
import static io.tierdesk.oncall.schedule.Times.MADRID;
import static io.tierdesk.oncall.schedule.Times.local;
import static io.tierdesk.oncall.schedule.Times.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OverrideTest {

    private final RotationSchedule schedule = new RotationSchedule();

    // Daily 08:00 UTC handoffs: ana on 1 June, ben on 2 June, ana on 3 June...
    private final RotationRule daily = RotationRule.builder(
                    java.time.ZoneOffset.UTC, List.of("ana", "ben"), ShiftLength.days(1), local("2026-06-01T08:00"))
            .build();

    private List<ScheduleEntry> renderDay(List<ShiftOverride> overrides) {
        return schedule.render(daily, overrides, utc("2026-06-01T08:00:00Z"), utc("2026-06-02T08:00:00Z"));
    }

    @Test
    void overrideInsideAShiftSplitsIt() {
        ShiftOverride cover =
                new ShiftOverride("o1", utc("2026-06-01T12:00:00Z"), utc("2026-06-01T14:00:00Z"), "cy", 1);

        assertThat(renderDay(List.of(cover)))
                .containsExactly(
                        ScheduleEntry.onCall(utc("2026-06-01T08:00:00Z"), utc("2026-06-01T12:00:00Z"), "ana", ROTATION),
                        ScheduleEntry.onCall(utc("2026-06-01T12:00:00Z"), utc("2026-06-01T14:00:00Z"), "cy", OVERRIDE),
                        ScheduleEntry.onCall(
                                utc("2026-06-01T14:00:00Z"), utc("2026-06-02T08:00:00Z"), "ana", ROTATION));
    }

    @Test
    void overrideAcrossAHandoffReplacesBothShiftsForItsWindow() {
        ShiftOverride cover =
                new ShiftOverride("o1", utc("2026-06-02T06:00:00Z"), utc("2026-06-02T10:00:00Z"), "cy", 1);

        List<ScheduleEntry> entries =
                schedule.render(daily, List.of(cover), utc("2026-06-02T00:00:00Z"), utc("2026-06-02T12:00:00Z"));

        assertThat(entries)
                .containsExactly(
                        ScheduleEntry.onCall(utc("2026-06-02T00:00:00Z"), utc("2026-06-02T06:00:00Z"), "ana", ROTATION),
                        ScheduleEntry.onCall(utc("2026-06-02T06:00:00Z"), utc("2026-06-02T10:00:00Z"), "cy", OVERRIDE),
                        ScheduleEntry.onCall(
                                utc("2026-06-02T10:00:00Z"), utc("2026-06-02T12:00:00Z"), "ben", ROTATION));
    }

    @Test
    void newerOverlappingOverrideWinsTheOverlap() {
        ShiftOverride older =
                new ShiftOverride("o1", utc("2026-06-01T10:00:00Z"), utc("2026-06-01T14:00:00Z"), "cy", 1);
        ShiftOverride newer =
                new ShiftOverride("o2", utc("2026-06-01T12:00:00Z"), utc("2026-06-01T16:00:00Z"), "dee", 2);

        assertThat(renderDay(List.of(newer, older)))
                .containsExactly(
                        ScheduleEntry.onCall(utc("2026-06-01T08:00:00Z"), utc("2026-06-01T10:00:00Z"), "ana", ROTATION),
                        ScheduleEntry.onCall(utc("2026-06-01T10:00:00Z"), utc("2026-06-01T12:00:00Z"), "cy", OVERRIDE),
                        ScheduleEntry.onCall(utc("2026-06-01T12:00:00Z"), utc("2026-06-01T16:00:00Z"), "dee", OVERRIDE),
                        ScheduleEntry.onCall(
                                utc("2026-06-01T16:00:00Z"), utc("2026-06-02T08:00:00Z"), "ana", ROTATION));
    }

    @Test
    void olderOverrideInsideANewerOneIsHiddenEntirely() {
        ShiftOverride newer =
                new ShiftOverride("o2", utc("2026-06-01T10:00:00Z"), utc("2026-06-01T18:00:00Z"), "dee", 7);
        ShiftOverride older =
                new ShiftOverride("o1", utc("2026-06-01T12:00:00Z"), utc("2026-06-01T14:00:00Z"), "cy", 3);

        assertThat(renderDay(List.of(older, newer)))
                .extracting(ScheduleEntry::member)
                .containsExactly("ana", "dee", "ana");
    }

    @Test
    void newerOverrideInsideAnOlderOneSplitsIt() {
        ShiftOverride older =
                new ShiftOverride("o1", utc("2026-06-01T10:00:00Z"), utc("2026-06-01T18:00:00Z"), "cy", 3);
        ShiftOverride newer =
                new ShiftOverride("o2", utc("2026-06-01T12:00:00Z"), utc("2026-06-01T14:00:00Z"), "dee", 7);

        assertThat(renderDay(List.of(older, newer)))
                .extracting(ScheduleEntry::member)
                .containsExactly("ana", "cy", "dee", "cy", "ana");
    }

    @Test
    void overlappingOverridesNeverPutTwoPeopleOnCallAtOnce() {
        ShiftOverride older =
                new ShiftOverride("o1", utc("2026-06-01T10:00:00Z"), utc("2026-06-01T14:00:00Z"), "cy", 1);
        ShiftOverride newer =
                new ShiftOverride("o2", utc("2026-06-01T12:00:00Z"), utc("2026-06-01T16:00:00Z"), "dee", 2);

        assertThat(schedule.onCallAt(daily, List.of(older, newer), utc("2026-06-01T13:00:00Z")))
                .contains("dee");
        assertThat(schedule.onCallAt(daily, List.of(older, newer), utc("2026-06-01T11:00:00Z")))
                .contains("cy");
    }

    @Test
    void overrideWithoutMemberIsAnIntendedGap() {
        ShiftOverride nobody =
                new ShiftOverride("o1", utc("2026-06-01T12:00:00Z"), utc("2026-06-01T14:00:00Z"), null, 1);

        List<ScheduleEntry> entries = renderDay(List.of(nobody));

        assertThat(entries.get(1))
                .isEqualTo(ScheduleEntry.gap(utc("2026-06-01T12:00:00Z"), utc("2026-06-01T14:00:00Z"), OVERRIDE));
        assertThat(entries.get(1).isGap()).isTrue();
        assertThat(schedule.onCallAt(daily, List.of(nobody), utc("2026-06-01T13:00:00Z")))
                .isEmpty();
    }

    @Test
    void overrideGivingTheShiftToItsOwnMemberStillShowsAsOverride() {
        ShiftOverride same =
                new ShiftOverride("o1", utc("2026-06-01T12:00:00Z"), utc("2026-06-01T14:00:00Z"), "ana", 1);

        assertThat(renderDay(List.of(same)))
                .extracting(ScheduleEntry::source)
                .containsExactly(ROTATION, OVERRIDE, ROTATION);
    }

    @Test
    void overrideReachingOutsideTheWindowIsCutToIt() {
        ShiftOverride longCover =
                new ShiftOverride("o1", utc("2026-05-30T00:00:00Z"), utc("2026-06-01T09:00:00Z"), "cy", 1);

        assertThat(renderDay(List.of(longCover)).get(0))
                .isEqualTo(
                        ScheduleEntry.onCall(utc("2026-06-01T08:00:00Z"), utc("2026-06-01T09:00:00Z"), "cy", OVERRIDE));
    }

    @Test
    void overrideCoversTimeWhenTheRotationIsNotYetEffective() {
        RotationRule later = RotationRule.builder(
                        MADRID, List.of("ana"), ShiftLength.weeks(1), local("2026-06-01T09:00"))
                .build();
        ShiftOverride cover =
                new ShiftOverride("o1", utc("2026-05-31T00:00:00Z"), utc("2026-05-31T06:00:00Z"), "cy", 1);

        assertThat(schedule.onCallAt(later, List.of(cover), utc("2026-05-31T03:00:00Z")))
                .contains("cy");
        assertThat(schedule.onCallAt(later, List.of(cover), utc("2026-05-31T07:00:00Z")))
                .isEmpty();
    }

    @Test
    void overrideEndingBeforeItStartsIsRejected() {
        assertThatThrownBy(() ->
                        new ShiftOverride("o1", utc("2026-06-01T12:00:00Z"), utc("2026-06-01T12:00:00Z"), "cy", 1))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
