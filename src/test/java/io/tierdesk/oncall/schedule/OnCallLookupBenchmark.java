package io.tierdesk.oncall.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

/**
 * "Who is on call at t" must not get slower as a rotation ages. Times {@link RotationSchedule#entryAt} for a rotation
 * anchored one week back and one anchored ten years back, plain and with weekday restrictions whose off-hours do not
 * consume a turn (the case that has to count turns). Run by {@code bench/on-call-lookup.sh}; exits 1 when any
 * ten-year/one-week ratio reaches 2.
 */
public final class OnCallLookupBenchmark {

    private static final int WARM_UP = 100_000;
    private static final int MEASURED = 200_000;
    private static final int ROUNDS = 5;
    private static final ZoneId MADRID = ZoneId.of("Europe/Madrid");
    private static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    private OnCallLookupBenchmark() {}

    public static void main(String[] args) {
        RotationSchedule schedule = new RotationSchedule();
        boolean ok = true;
        System.out.printf("%-28s %14s %14s %8s%n", "rotation", "1 week (ns)", "10 years (ns)", "ratio");
        for (boolean restricted : new boolean[] {false, true}) {
            double recent = Double.MAX_VALUE;
            double old = Double.MAX_VALUE;
            // Alternating rounds, best of each: other work on a shared machine only ever adds time.
            for (int round = 0; round < ROUNDS; round++) {
                recent = Math.min(recent, nanosPerLookup(schedule, rule(Duration.ofDays(7), restricted)));
                old = Math.min(old, nanosPerLookup(schedule, rule(Duration.ofDays(3653), restricted)));
            }
            double ratio = old / recent;
            ok &= ratio < 2.0;
            System.out.printf(
                    "%-28s %14.0f %14.0f %8.2f%n",
                    restricted ? "daily, Mon-Fri 09-18 only" : "daily", recent, old, ratio);
        }
        System.out.println(ok ? "on-call lookup: constant in the rotation's age" : "on-call lookup: ratio >= 2");
        System.exit(ok ? 0 : 1);
    }

    private static RotationRule rule(Duration age, boolean restricted) {
        LocalDateTime anchor =
                LocalDateTime.ofInstant(NOW.minus(age), MADRID).withHour(9).withMinute(0);
        RotationRule.Builder builder =
                RotationRule.builder(MADRID, List.of("ana", "ben", "chloe", "dev"), ShiftLength.days(1), anchor);
        if (restricted) {
            builder.restrictedTo(WeeklyWindow.weekdays(LocalTime.of(9, 0), LocalTime.of(18, 0)), false);
        }
        return builder.build();
    }

    private static double nanosPerLookup(RotationSchedule schedule, RotationRule rule) {
        Random random = new Random(20_261_127L);
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += lookup(schedule, rule, random);
        }
        long start = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            sink += lookup(schedule, rule, random);
        }
        long elapsed = System.nanoTime() - start;
        if (sink == 42) {
            System.out.print("");
        }
        return (double) elapsed / MEASURED;
    }

    private static long lookup(RotationSchedule schedule, RotationRule rule, Random random) {
        Instant at = NOW.plusSeconds(random.nextInt(30 * 24 * 3600));
        ScheduleEntry entry = schedule.entryAt(rule, List.of(), at);
        return entry.start().getEpochSecond();
    }
}
