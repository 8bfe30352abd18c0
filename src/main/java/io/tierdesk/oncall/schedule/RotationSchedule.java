package io.tierdesk.oncall.schedule;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers who is on call for a rotation and its overrides: over a window, or at one instant.
 *
 * <p>Rendered entries are sorted, contiguous and non-overlapping, cover the window exactly and
 * join neighbours that have the same member and source. Gaps are explicit entries.
 */
public final class RotationSchedule {

    /** The longest window {@link #render} accepts. */
    public static final Duration MAX_WINDOW = Duration.ofDays(93);

    /**
     * The schedule over [since, until).
     *
     * @throws IllegalArgumentException when until is not after since or the window exceeds
     *                                  {@link #MAX_WINDOW}
     */
    public List<ScheduleEntry> render(RotationRule rule, List<ShiftOverride> overrides, Instant since, Instant until) {
        requireValidWindow(since, until);
        return renderUnchecked(rule, overrides, since, until);
    }

    /** Only the gaps of {@link #render}: the times nobody will be on call. */
    public List<ScheduleEntry> gaps(RotationRule rule, List<ShiftOverride> overrides, Instant since, Instant until) {
        return render(rule, overrides, since, until).stream()
                .filter(ScheduleEntry::isGap)
                .toList();
    }

    /**
     * The entry in force at an instant. Its bounds are those of the schedule around it, cut to
     * the rotation shift that holds the instant: when this piece of on-call (or gap) started and
     * when it ends, as far as this shift goes.
     */
    public ScheduleEntry entryAt(RotationRule rule, List<ShiftOverride> overrides, Instant at) {
        Objects.requireNonNull(at, "at");
        ShiftClock clock = new ShiftClock(rule);
        long shift = clock.indexAt(at);
        return renderUnchecked(rule, overrides, clock.start(shift), clock.end(shift)).stream()
                .filter(entry -> entry.contains(at))
                .findFirst()
                .orElseThrow();
    }

    /** Who is on call at an instant; empty during a gap. */
    public Optional<String> onCallAt(RotationRule rule, List<ShiftOverride> overrides, Instant at) {
        return Optional.ofNullable(entryAt(rule, overrides, at).member());
    }

    /**
     * The entries overlapping [since, until), widened to whole rotation shifts at both ends.
     * Calendar feeds use this so an event's start — and the UID derived from it — stays put
     * while the feed's window slides forward.
     */
    public List<ScheduleEntry> renderForCalendar(
            RotationRule rule, List<ShiftOverride> overrides, Instant since, Instant until) {
        requireValidWindow(since, until);
        ShiftClock clock = new ShiftClock(rule);
        Instant from = clock.start(clock.indexAt(since));
        Instant to = clock.end(clock.indexAt(until.minusNanos(1)));
        return renderUnchecked(rule, overrides, from, to).stream()
                .filter(entry -> entry.end().isAfter(since) && entry.start().isBefore(until))
                .toList();
    }

    private static List<ScheduleEntry> renderUnchecked(
            RotationRule rule, List<ShiftOverride> overrides, Instant since, Instant until) {
        Objects.requireNonNull(rule, "rule");
        List<ScheduleEntry> rotation = new RotationLayer(rule).render(since, until);
        return OverridePainter.paint(rotation, List.copyOf(overrides), since, until);
    }

    private static void requireValidWindow(Instant since, Instant until) {
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(until, "until");
        if (!until.isAfter(since)) {
            throw new IllegalArgumentException("until must be after since");
        }
        if (Duration.between(since, until).compareTo(MAX_WINDOW) > 0) {
            throw new IllegalArgumentException("a window may span at most " + MAX_WINDOW.toDays() + " days");
        }
    }
}
