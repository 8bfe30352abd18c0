package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.ScheduleGenerators.between;
import static io.tierdesk.oncall.schedule.ScheduleGenerators.pick;
import static org.assertj.core.api.Assertions.assertThat;

import io.tierdesk.support.PropertyCheck;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TurnOrderPropertiesTest {

    private static final int TRIES = 1000;

    private final RotationSchedule schedule = new RotationSchedule();

    /** A rotation without restrictions and a window around one of its zone's offset changes. */
    record AroundChange(RotationRule rule, Instant since, Instant until) {}

    private static AroundChange aroundAChange(Random random, boolean restricted) {
        ZoneId zone = pick(random, ScheduleGenerators.DST_ZONES);
        Instant change = zone.getRules()
                .nextTransition(ScheduleGenerators.randomWindowStart(random))
                .getInstant();
        Instant since = change.minus(Duration.ofMinutes(between(random, 0, 30 * 24 * 60)));
        Instant until = change.plus(Duration.ofMinutes(between(random, 1, 40 * 24 * 60)));
        List<WeeklyWindow> restrictions = restricted ? ScheduleGenerators.someWindows(random) : List.of();
        RotationRule drawn = ScheduleGenerators.rule(random, zone, since, restrictions, false, false);
        RotationRule rule = new RotationRule(
                zone,
                ScheduleGenerators.members(2 + random.nextInt(4)),
                drawn.shiftLength(),
                drawn.handoffAnchor(),
                restrictions,
                false,
                drawn.effectiveFrom(),
                null);
        return new AroundChange(rule, since, until);
    }

    private static void assertEachMemberFollowsThePrevious(RotationRule rule, List<String> members) {
        for (int i = 1; i < members.size(); i++) {
            int previous = rule.members().indexOf(members.get(i - 1));
            assertThat(members.get(i))
                    .isEqualTo(
                            rule.members().get((previous + 1) % rule.members().size()));
        }
    }

    @Test
    void membersTakeTurnsInOrderAcrossDaylightSavingChanges() {
        PropertyCheck.forAll(TRIES, random -> aroundAChange(random, false), scenario -> {
            List<ScheduleEntry> entries =
                    schedule.render(scenario.rule(), List.of(), scenario.since(), scenario.until());

            assertThat(entries).noneMatch(ScheduleEntry::isGap);
            assertEachMemberFollowsThePrevious(
                    scenario.rule(), entries.stream().map(ScheduleEntry::member).toList());
        });
    }

    @Test
    void everyShiftLastsItsLengthGiveOrTakeTheOffsetChange() {
        PropertyCheck.forAll(TRIES, random -> aroundAChange(random, false), scenario -> {
            List<ScheduleEntry> entries =
                    schedule.render(scenario.rule(), List.of(), scenario.since(), scenario.until());
            ShiftLength length = scenario.rule().shiftLength();
            Duration nominal = Duration.ofSeconds(length.seconds());

            for (ScheduleEntry inner : entries.subList(1, Math.max(1, entries.size() - 1))) {
                Duration drift = inner.duration().minus(nominal).abs();
                if (length.isElapsedTime()) {
                    assertThat(drift).isZero();
                } else {
                    assertThat(drift).isLessThanOrEqualTo(Duration.ofHours(1));
                }
            }
        });
    }

    @Test
    void calendarShiftsStartAtTheAnchorsLocalTimeOrThatTimeMovedForwardByTheGapIfItDoesNotExist() {
        PropertyCheck.forAll(TRIES, random -> aroundAChange(random, false), scenario -> {
            RotationRule rule = scenario.rule();
            if (rule.shiftLength().isElapsedTime()) {
                return;
            }
            ZoneRules zoneRules = rule.zone().getRules();
            LocalTime handoffTime = rule.handoffAnchor().toLocalTime();
            List<ScheduleEntry> entries = schedule.render(rule, List.of(), scenario.since(), scenario.until());

            for (ScheduleEntry entry : entries.subList(1, entries.size())) {
                LocalDateTime intended =
                        entry.start().atZone(rule.zone()).toLocalDate().atTime(handoffTime);
                List<ZoneOffset> offsets = zoneRules.getValidOffsets(intended);
                if (offsets.isEmpty()) {
                    // Moved forward by the length of the gap, as RFC 5545 and ZonedDateTime.of resolve it.
                    ZoneOffsetTransition gap = zoneRules.getTransition(intended);
                    assertThat(entry.start())
                            .isEqualTo(intended.plus(gap.getDuration()).toInstant(gap.getOffsetAfter()));
                    assertThat(entry.start())
                            .isEqualTo(ZonedDateTime.of(intended, rule.zone()).toInstant());
                } else {
                    // The larger offset is the one in force first, i.e. the earlier instant.
                    ZoneOffset firstOccurrence = offsets.stream()
                            .max(Comparator.comparingInt(ZoneOffset::getTotalSeconds))
                            .orElseThrow();
                    assertThat(entry.start()).isEqualTo(intended.toInstant(firstOccurrence));
                }
            }
        });
    }

    @Test
    void membersTakeTurnsInOrderWhenRestrictedTimeDoesNotConsumeTurns() {
        PropertyCheck.forAll(TRIES, random -> aroundAChange(random, true), scenario -> {
            List<String> onCall = new ArrayList<>();
            for (ScheduleEntry entry :
                    schedule.render(scenario.rule(), List.of(), scenario.since(), scenario.until())) {
                boolean sameAsLast =
                        !onCall.isEmpty() && onCall.get(onCall.size() - 1).equals(entry.member());
                if (!entry.isGap() && !sameAsLast) {
                    onCall.add(entry.member());
                }
            }

            assertEachMemberFollowsThePrevious(scenario.rule(), onCall);
        });
    }
}
