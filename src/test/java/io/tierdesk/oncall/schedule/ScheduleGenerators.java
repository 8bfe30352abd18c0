package io.tierdesk.oncall.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random rotations, overrides and windows for the property checks. */
final class ScheduleGenerators {

    static final List<ZoneId> DST_ZONES = List.of(Times.MADRID, Times.NEW_YORK, Times.LORD_HOWE);
    static final List<ZoneId> ZONES = List.of(
            Times.MADRID,
            Times.NEW_YORK,
            Times.LORD_HOWE,
            ZoneId.of("UTC"),
            ZoneId.of("Asia/Kolkata"),
            ZoneId.of("Pacific/Chatham"),
            ZoneId.of("America/Sao_Paulo"),
            ZoneId.of("America/Santiago"));

    private static final Instant EARLIEST_WINDOW = Instant.parse("2016-01-01T00:00:00Z");
    private static final Duration WINDOW_SPREAD = Duration.ofDays(12 * 365);

    /** A rotation, its overrides and a window to render. */
    record Scenario(RotationRule rule, List<ShiftOverride> overrides, Instant since, Instant until) {

        Instant instantWithin(Random random) {
            return since.plusNanos(
                    between(random, 0, Duration.between(since, until).toNanos()));
        }
    }

    private ScheduleGenerators() {}

    static Scenario scenario(Random random) {
        Instant since = randomWindowStart(random);
        Instant until = since.plus(Duration.ofMinutes(between(random, 1, RotationSchedule.MAX_WINDOW.toMinutes() + 1)));
        RotationRule rule =
                rule(random, pick(random, ZONES), since, randomRestrictions(random), random.nextBoolean(), true);
        return new Scenario(rule, overrides(random, rule, since, until), since, until);
    }

    static Instant randomWindowStart(Random random) {
        Instant start = EARLIEST_WINDOW.plusSeconds(between(random, 0, WINDOW_SPREAD.toSeconds()));
        return random.nextInt(4) == 0 ? start.plusNanos(between(random, 1, 1_000_000_000)) : start;
    }

    /**
     * A rule whose anchor lies anywhere from a month after {@code near} to five years before
     * it; with {@code maskedEffectiveRange} its effective range may start or end near it too.
     */
    static RotationRule rule(
            Random random,
            ZoneId zone,
            Instant near,
            List<WeeklyWindow> restrictions,
            boolean restrictedTimeConsumesTurn,
            boolean maskedEffectiveRange) {
        LocalDateTime nearLocal = near.atZone(zone).toLocalDateTime();
        LocalDateTime anchor = nearLocal
                .toLocalDate()
                .atStartOfDay()
                .minusDays(between(random, -30, 5 * 365))
                .withHour(random.nextInt(24))
                .withMinute(random.nextBoolean() ? 0 : 30);
        RotationRule.Builder builder = RotationRule.builder(
                        zone, members(1 + random.nextInt(4)), shiftLength(random), anchor)
                .restrictedTo(restrictions, restrictedTimeConsumesTurn)
                .effectiveFrom(Instant.parse("2000-01-01T00:00:00Z"));
        if (maskedEffectiveRange && random.nextBoolean()) {
            Instant from = near.plus(Duration.ofMinutes(between(random, -60 * 24 * 60, 30 * 24 * 60)));
            builder.effectiveFrom(from);
            if (random.nextBoolean()) {
                builder.effectiveUntil(from.plus(Duration.ofMinutes(between(random, 60, 120 * 24 * 60))));
            }
        }
        return builder.build();
    }

    static List<String> members(int count) {
        List<String> members = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            members.add("m" + i);
        }
        return members;
    }

    static ShiftLength shiftLength(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> ShiftLength.hours(between(random, 1, 37));
            case 1 -> ShiftLength.days(between(random, 1, 10));
            default -> ShiftLength.weeks(between(random, 1, 4));
        };
    }

    static List<WeeklyWindow> randomRestrictions(Random random) {
        return random.nextBoolean() ? List.of() : someWindows(random);
    }

    static List<WeeklyWindow> someWindows(Random random) {
        List<WeeklyWindow> windows = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            long start = random.nextInt(7) * 86_400L + random.nextInt(48) * 1_800L;
            long length = between(random, 1, 145) * 1_800L;
            windows.add(new WeeklyWindow(day(start), time(start), day(start + length), time(start + length)));
        }
        return windows;
    }

    static List<ShiftOverride> overrides(Random random, RotationRule rule, Instant since, Instant until) {
        List<ShiftOverride> overrides = new ArrayList<>();
        long windowMinutes = Duration.between(since, until).toMinutes();
        int count = random.nextInt(5);
        for (int i = 0; i < count; i++) {
            Instant start = since.plus(Duration.ofMinutes(between(random, -2 * 24 * 60, windowMinutes + 1)));
            Instant end = start.plus(Duration.ofMinutes(between(random, 30, 10 * 24 * 60)));
            overrides.add(new ShiftOverride("o" + i, start, end, overrideMember(random, rule), random.nextInt(6)));
        }
        return overrides;
    }

    static <T> T pick(Random random, List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    /** Uniform in [from, to). */
    static long between(Random random, long from, long to) {
        return from + random.nextLong(to - from);
    }

    private static String overrideMember(Random random, RotationRule rule) {
        return switch (random.nextInt(4)) {
            case 0 -> null;
            case 1 -> "cover";
            default -> pick(random, rule.members());
        };
    }

    private static DayOfWeek day(long secondOfWeek) {
        return DayOfWeek.of((int) (Math.floorMod(secondOfWeek, WeeklyWindow.SECONDS_PER_WEEK) / 86_400) + 1);
    }

    private static LocalTime time(long secondOfWeek) {
        return LocalTime.ofSecondOfDay(Math.floorMod(secondOfWeek, 86_400L));
    }
}
