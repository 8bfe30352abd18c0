package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.Times.MADRID;
import static io.tierdesk.oncall.schedule.Times.local;
import static io.tierdesk.oncall.schedule.Times.utc;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A rotation edited over time: each definition rules its own stretch, overrides apply across all of them. */
class RotationTimelineTest {

    /** Daily handoffs at 09:00 Madrid (08:00 UTC in winter) from Monday 2026-11-02. */
    private static RotationRule daily(List<String> members) {
        return RotationRule.builder(MADRID, members, ShiftLength.days(1), local("2026-11-02T09:00:00"))
                .build();
    }

    private static final Instant EDIT = utc("2026-11-10T12:00:00Z");
    private static final RotationRule FIRST = daily(List.of("ana", "ben"));
    private static final RotationRule SECOND = daily(List.of("chloe", "dev"));

    private static RotationTimeline edited(List<ShiftOverride> overrides) {
        return new RotationTimeline(
                List.of(
                        new RotationTimeline.Piece(utc("2026-11-02T08:00:00Z"), EDIT, FIRST),
                        new RotationTimeline.Piece(EDIT, null, SECOND)),
                (since, until) -> overrides.stream()
                        .filter(o -> o.start().isBefore(until) && o.end().isAfter(since))
                        .toList());
    }

    @Test
    void shiftsBeforeAnEditStayAsTheFirstDefinitionRenderedThem() {
        Instant since = utc("2026-11-05T08:00:00Z");
        List<ScheduleEntry> before = new RotationSchedule().render(FIRST, List.of(), since, EDIT);

        List<ScheduleEntry> timeline = edited(List.of()).render(since, utc("2026-11-13T08:00:00Z"));

        assertThat(timeline.stream().filter(e -> e.start().isBefore(EDIT)).toList())
                .isEqualTo(before);
        assertThat(timeline)
                .filteredOn(e -> !e.start().isBefore(EDIT))
                .extracting(ScheduleEntry::member)
                .allMatch(member -> member.equals("chloe") || member.equals("dev"));
    }

    @Test
    void theEditCutsTheShiftInForceAndTheNewDefinitionTakesOverAtOnce() {
        // 2026-11-10 09:00 Madrid starts shift 8: ana under the first definition, chloe under the second.
        List<ScheduleEntry> around = edited(List.of()).render(utc("2026-11-10T08:00:00Z"), utc("2026-11-11T08:00:00Z"));

        assertThat(around)
                .containsExactly(
                        ScheduleEntry.onCall(utc("2026-11-10T08:00:00Z"), EDIT, "ana", ScheduleEntry.Source.ROTATION),
                        ScheduleEntry.onCall(
                                EDIT, utc("2026-11-11T08:00:00Z"), "chloe", ScheduleEntry.Source.ROTATION));
    }

    @Test
    void beforeTheFirstDefinitionNobodyIsOnCallUnlessAnOverrideSaysSo() {
        ShiftOverride cover =
                new ShiftOverride("o1", utc("2026-11-01T10:00:00Z"), utc("2026-11-01T12:00:00Z"), "eve", 1);
        RotationTimeline timeline = edited(List.of(cover));

        List<ScheduleEntry> entries = timeline.render(utc("2026-11-01T08:00:00Z"), utc("2026-11-02T08:00:00Z"));

        assertThat(entries)
                .containsExactly(
                        ScheduleEntry.gap(
                                utc("2026-11-01T08:00:00Z"),
                                utc("2026-11-01T10:00:00Z"),
                                ScheduleEntry.Source.ROTATION),
                        ScheduleEntry.onCall(
                                utc("2026-11-01T10:00:00Z"),
                                utc("2026-11-01T12:00:00Z"),
                                "eve",
                                ScheduleEntry.Source.OVERRIDE),
                        ScheduleEntry.gap(
                                utc("2026-11-01T12:00:00Z"),
                                utc("2026-11-02T08:00:00Z"),
                                ScheduleEntry.Source.ROTATION));
        assertThat(timeline.entryAt(utc("2026-11-01T11:00:00Z")).member()).isEqualTo("eve");
        assertThat(timeline.entryAt(utc("2026-11-01T09:00:00Z")).isGap()).isTrue();
    }

    @Test
    void anOverrideSpanningTheEditAppliesOnBothSides() {
        ShiftOverride cover =
                new ShiftOverride("o1", EDIT.minus(Duration.ofHours(1)), EDIT.plus(Duration.ofHours(1)), "eve", 1);

        List<ScheduleEntry> entries =
                edited(List.of(cover)).render(utc("2026-11-10T08:00:00Z"), utc("2026-11-11T08:00:00Z"));

        assertThat(entries).extracting(ScheduleEntry::member).containsExactly("ana", "eve", "chloe");
        assertThat(entries.get(1).start()).isEqualTo(EDIT.minus(Duration.ofHours(1)));
        assertThat(entries.get(1).end()).isEqualTo(EDIT.plus(Duration.ofHours(1)));
    }

    @Test
    void theEntryAtAnInstantIsTheRenderedEntryHoldingIt() {
        ShiftOverride cover =
                new ShiftOverride("o1", utc("2026-11-09T20:00:00Z"), utc("2026-11-10T10:00:00Z"), "eve", 1);
        RotationTimeline timeline = edited(List.of(cover));
        List<ScheduleEntry> rendered = timeline.render(utc("2026-11-01T00:00:00Z"), utc("2026-11-20T00:00:00Z"));

        for (Instant at = utc("2026-11-01T00:00:00Z");
                at.isBefore(utc("2026-11-20T00:00:00Z"));
                at = at.plus(Duration.ofMinutes(37))) {
            Instant instant = at;
            ScheduleEntry holding = rendered.stream()
                    .filter(e -> e.contains(instant))
                    .findFirst()
                    .orElseThrow();
            ScheduleEntry answered = timeline.entryAt(instant);

            assertThat(answered.member()).as("at %s", instant).isEqualTo(holding.member());
            assertThat(answered.isGap()).as("at %s", instant).isEqualTo(holding.isGap());
            assertThat(answered.contains(instant)).isTrue();
        }
    }

    @Test
    void calendarEntriesLeaveOutGapsAndAreCutWhereTheDefinitionChanged() {
        List<ScheduleEntry> entries =
                edited(List.of()).renderForCalendar(utc("2026-11-10T10:00:00Z"), utc("2026-11-10T14:00:00Z"));

        assertThat(entries)
                .containsExactly(
                        ScheduleEntry.onCall(utc("2026-11-10T08:00:00Z"), EDIT, "ana", ScheduleEntry.Source.ROTATION),
                        ScheduleEntry.onCall(
                                EDIT, utc("2026-11-11T08:00:00Z"), "chloe", ScheduleEntry.Source.ROTATION));
        assertThat(edited(List.of()).renderForCalendar(utc("2026-10-01T00:00:00Z"), utc("2026-11-01T00:00:00Z")))
                .isEmpty();
    }

    @Test
    void windowsMustBeForwardAndAtMostNinetyThreeDays() {
        RotationTimeline timeline = edited(List.of());

        assertThatThrownBy(() -> timeline.render(EDIT, EDIT)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> timeline.render(EDIT, EDIT.plus(Duration.ofDays(94))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(timeline.render(EDIT, EDIT.plus(Duration.ofDays(93)))).isNotEmpty();
    }
}
