package io.tierdesk.oncall.schedule;

import static io.tierdesk.oncall.schedule.ScheduleGenerators.between;
import static io.tierdesk.oncall.schedule.ScheduleGenerators.pick;
import static org.assertj.core.api.Assertions.assertThat;

import io.tierdesk.support.PropertyCheck;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TurnCounterPropertiesTest {

    private static final int TRIES = 500;

    /** A restricted rotation whose restricted time does not consume turns, and a range of its shifts. */
    record ShiftRange(RotationRule rule, long firstShift, long shiftCount) {}

    private static ShiftRange restrictedShiftRange(Random random) {
        Instant near = ScheduleGenerators.randomWindowStart(random);
        RotationRule rule = ScheduleGenerators.rule(
                random,
                pick(random, ScheduleGenerators.ZONES),
                near,
                ScheduleGenerators.someWindows(random),
                false,
                false);
        long around = new ShiftClock(rule).indexAt(near);
        return new ShiftRange(rule, around - between(random, 0, 200), between(random, 0, 200));
    }

    private static long turnsCountedOneByOne(TurnCounter counter, long from, long to) {
        long turns = 0;
        for (long shift = from; shift < to; shift++) {
            turns += counter.isTurn(shift) ? 1 : 0;
        }
        return turns;
    }

    @Test
    void countingTurnsFromTheAnchorAgreesWithCheckingEveryShiftOfAnyRange() {
        PropertyCheck.forAll(TRIES, TurnCounterPropertiesTest::restrictedShiftRange, range -> {
            TurnCounter counter = new TurnCounter(range.rule(), new ShiftClock(range.rule()));
            long from = range.firstShift();
            long to = from + range.shiftCount();

            assertThat(counter.turnsBefore(to) - counter.turnsBefore(from))
                    .isEqualTo(turnsCountedOneByOne(counter, from, to));
        });
    }

    @Test
    void countingTurnsNearTheAnchorAgreesWithCheckingEveryShift() {
        PropertyCheck.forAll(TRIES, TurnCounterPropertiesTest::restrictedShiftRange, range -> {
            TurnCounter counter = new TurnCounter(range.rule(), new ShiftClock(range.rule()));
            long shift = range.shiftCount() - 100;

            long expected =
                    shift >= 0 ? turnsCountedOneByOne(counter, 0, shift) : -turnsCountedOneByOne(counter, shift, 0);

            assertThat(counter.turnsBefore(shift)).isEqualTo(expected);
        });
    }

    @Test
    void rememberedCheckpointsAgreeWithCheckingEveryShiftAcrossSeveralOfThem() {
        PropertyCheck.forAll(
                100,
                random -> {
                    ShiftRange range = restrictedShiftRange(random);
                    return new ShiftRange(range.rule(), range.firstShift(), between(random, 2_000, 6_000));
                },
                range -> {
                    TurnCounter counter = new TurnCounter(range.rule(), new ShiftClock(range.rule()));
                    long from = range.firstShift();
                    long to = from + range.shiftCount();
                    long expected = turnsCountedOneByOne(counter, from, to);

                    assertThat(counter.turnsBefore(to) - counter.turnsBefore(from))
                            .isEqualTo(expected);
                    assertThat(counter.turnsBefore(to) - counter.turnsBefore(from))
                            .as("answered from the cache")
                            .isEqualTo(expected);
                });
    }
}
