package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.ScheduleEntry.Source.OVERRIDE;
import static io.tierdesk.oncall.schedule.ScheduleEntry.Source.ROTATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.tierdesk.oncall.schedule.ScheduleGenerators.Scenario;
import io.tierdesk.support.PropertyCheck;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RotationSchedulePropertiesTest {

    private static final int TRIES = 1000;

    private final RotationSchedule schedule = new RotationSchedule();

    private List<ScheduleEntry> render(Scenario scenario) {
        return schedule.render(scenario.rule(), scenario.overrides(), scenario.since(), scenario.until());
    }

    private static ScheduleEntry entryContaining(List<ScheduleEntry> entries, Instant instant) {
        return entries.stream()
                .filter(entry -> entry.contains(instant))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void renderedEntriesAreContiguousAndCoverTheWindowExactly() {
        PropertyCheck.forAll(TRIES, ScheduleGenerators::scenario, scenario -> {
            List<ScheduleEntry> entries = render(scenario);

            assertThat(entries.get(0).start()).isEqualTo(scenario.since());
            assertThat(entries.get(entries.size() - 1).end()).isEqualTo(scenario.until());
            for (int i = 1; i < entries.size(); i++) {
                assertThat(entries.get(i).start()).isEqualTo(entries.get(i - 1).end());
            }
        });
    }

    @Test
    void neighbouringEntriesAlwaysDifferInMemberOrSource() {
        PropertyCheck.forAll(TRIES, ScheduleGenerators::scenario, scenario -> {
            List<ScheduleEntry> entries = render(scenario);

            for (int i = 1; i < entries.size(); i++) {
                assertThat(entries.get(i).sameAssignmentAs(entries.get(i - 1))).isFalse();
            }
        });
    }

    @Test
    void entryAtAgreesWithRenderAtAnyInstant() {
        PropertyCheck.forAll(
                TRIES, random -> new Object[] {ScheduleGenerators.scenario(random), random.nextLong()}, input -> {
                    Scenario scenario = (Scenario) input[0];
                    Random random = new Random((Long) input[1]);
                    List<ScheduleEntry> entries = render(scenario);
                    for (int probe = 0; probe < 5; probe++) {
                        Instant at = probe == 0
                                ? ScheduleGenerators.pick(random, entries).start()
                                : scenario.instantWithin(random);

                        ScheduleEntry rendered = entryContaining(entries, at);
                        ScheduleEntry single = schedule.entryAt(scenario.rule(), scenario.overrides(), at);

                        assertThat(single.contains(at)).isTrue();
                        assertThat(single.member()).isEqualTo(rendered.member());
                        assertThat(single.source()).isEqualTo(rendered.source());
                        assertThat(single.isGap()).isEqualTo(rendered.isGap());
                        assertThat(schedule.onCallAt(scenario.rule(), scenario.overrides(), at))
                                .isEqualTo(Optional.ofNullable(rendered.member()));
                    }
                });
    }

    @Test
    void renderingAWindowInTwoPartsAndJoiningThemEqualsRenderingItWhole() {
        PropertyCheck.forAll(
                TRIES, random -> new Object[] {ScheduleGenerators.scenario(random), random.nextLong()}, input -> {
                    Scenario scenario = (Scenario) input[0];
                    Instant split = scenario.instantWithin(new Random((Long) input[1]));
                    if (split.equals(scenario.since())) {
                        return;
                    }

                    List<ScheduleEntry> joined = new ScheduleBuilder()
                            .addAll(schedule.render(scenario.rule(), scenario.overrides(), scenario.since(), split))
                            .addAll(schedule.render(scenario.rule(), scenario.overrides(), split, scenario.until()))
                            .build();

                    assertThat(joined).isEqualTo(render(scenario));
                });
    }

    @Test
    void theNewestOverrideCoveringAnInstantDecidesWhoIsOnCall() {
        PropertyCheck.forAll(
                TRIES, random -> new Object[] {ScheduleGenerators.scenario(random), random.nextLong()}, input -> {
                    Scenario scenario = (Scenario) input[0];
                    Random random = new Random((Long) input[1]);
                    List<ScheduleEntry> entries = render(scenario);
                    for (int probe = 0; probe < 5; probe++) {
                        Instant at = scenario.instantWithin(random);
                        Optional<ShiftOverride> newest = scenario.overrides().stream()
                                .filter(override -> !at.isBefore(override.start()) && at.isBefore(override.end()))
                                .max(Comparator.comparingLong(ShiftOverride::createdSequence)
                                        .thenComparing(ShiftOverride::id));

                        ScheduleEntry entry = entryContaining(entries, at);

                        if (newest.isPresent()) {
                            assertThat(entry.source()).isEqualTo(OVERRIDE);
                            assertThat(entry.member()).isEqualTo(newest.get().member());
                        } else {
                            assertThat(entry.source()).isEqualTo(ROTATION);
                        }
                    }
                });
    }

    @Test
    void gapsAreExactlyTheEntriesWithoutAMember() {
        PropertyCheck.forAll(TRIES / 4, ScheduleGenerators::scenario, scenario -> {
            List<ScheduleEntry> gaps =
                    schedule.gaps(scenario.rule(), scenario.overrides(), scenario.since(), scenario.until());

            assertThat(gaps)
                    .isEqualTo(render(scenario).stream()
                            .filter(entry -> entry.member() == null)
                            .toList());
        });
    }

    @Test
    void calendarRenderingCoversTheWindowWithUnclippedEntriesThatAgreeWithRender() {
        PropertyCheck.forAll(TRIES / 4, ScheduleGenerators::scenario, scenario -> {
            List<ScheduleEntry> calendar = schedule.renderForCalendar(
                    scenario.rule(), scenario.overrides(), scenario.since(), scenario.until());

            assertThat(calendar.get(0).start()).isBeforeOrEqualTo(scenario.since());
            assertThat(calendar.get(calendar.size() - 1).end()).isAfterOrEqualTo(scenario.until());
            for (int i = 1; i < calendar.size(); i++) {
                assertThat(calendar.get(i).start())
                        .isEqualTo(calendar.get(i - 1).end());
            }
            for (ScheduleEntry rendered : render(scenario)) {
                ScheduleEntry widened = entryContaining(calendar, rendered.start());
                assertThat(widened.sameAssignmentAs(rendered)).isTrue();
            }
        });
    }
}
