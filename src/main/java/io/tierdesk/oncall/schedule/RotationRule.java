package io.tierdesk.oncall.schedule;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * How a rotation hands on-call duty from member to member.
 *
 * <p>Shift {@code k} starts at {@code handoffAnchor + k × shiftLength} (see {@link ShiftUnit}),
 * evaluated in {@code zone}; shift 0 belongs to the first member and the turns then follow the
 * member list in order.
 *
 * <p>{@code restrictions}, when not empty, are the only weekly windows in which the rotation
 * puts anyone on call; outside them the schedule has a gap. With
 * {@code restrictedTimeConsumesTurn} true the restriction merely masks the wall-clock rotation,
 * so a shift that falls entirely outside the windows is a lost turn. With it false, a shift
 * holding no restricted-window time is not a turn at all: it renders as a gap and the member
 * who would have had it gets the next shift that does hold window time (nobody's turn is
 * skipped; a handoff that lands outside the windows takes effect at the next window's start).
 *
 * <p>The anchor alone decides whose turn it is; {@code effectiveFrom}/{@code effectiveUntil}
 * (exclusive, null for open-ended) only mask the rotation to a gap outside that range.
 */
public record RotationRule(
        ZoneId zone,
        List<String> members,
        ShiftLength shiftLength,
        LocalDateTime handoffAnchor,
        List<WeeklyWindow> restrictions,
        boolean restrictedTimeConsumesTurn,
        Instant effectiveFrom,
        Instant effectiveUntil) {

    public RotationRule {
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(shiftLength, "shiftLength");
        Objects.requireNonNull(handoffAnchor, "handoffAnchor");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        members = List.copyOf(members);
        restrictions = restrictions == null ? List.of() : List.copyOf(restrictions);
        if (members.isEmpty()) {
            throw new IllegalArgumentException("a rotation needs at least one member");
        }
        if (handoffAnchor.getNano() != 0) {
            throw new IllegalArgumentException("the handoff anchor must be whole seconds");
        }
        if (effectiveUntil != null && !effectiveUntil.isAfter(effectiveFrom)) {
            throw new IllegalArgumentException("effectiveUntil must be after effectiveFrom");
        }
    }

    public boolean isRestricted() {
        return !restrictions.isEmpty();
    }

    /** Whether every wall-clock shift is a turn, even one that lies wholly outside the windows. */
    boolean everyShiftIsATurn() {
        return !isRestricted() || restrictedTimeConsumesTurn;
    }

    String memberForTurn(long turn) {
        return members.get((int) Math.floorMod(turn, (long) members.size()));
    }

    /**
     * Starts a rule with no restrictions, effective from the anchor's own instant and with no
     * end.
     */
    public static Builder builder(
            ZoneId zone, List<String> members, ShiftLength shiftLength, LocalDateTime handoffAnchor) {
        return new Builder(zone, members, shiftLength, handoffAnchor);
    }

    /** Fluent construction for rules whose optional parts keep their defaults. */
    public static final class Builder {
        private final ZoneId zone;
        private final List<String> members;
        private final ShiftLength shiftLength;
        private final LocalDateTime handoffAnchor;
        private List<WeeklyWindow> restrictions = List.of();
        private boolean restrictedTimeConsumesTurn;
        private Instant effectiveFrom;
        private Instant effectiveUntil;

        private Builder(ZoneId zone, List<String> members, ShiftLength shiftLength, LocalDateTime handoffAnchor) {
            this.zone = zone;
            this.members = members;
            this.shiftLength = shiftLength;
            this.handoffAnchor = handoffAnchor;
        }

        public Builder restrictedTo(List<WeeklyWindow> windows, boolean restrictedTimeConsumesTurn) {
            this.restrictions = windows;
            this.restrictedTimeConsumesTurn = restrictedTimeConsumesTurn;
            return this;
        }

        public Builder effectiveFrom(Instant from) {
            this.effectiveFrom = from;
            return this;
        }

        public Builder effectiveUntil(Instant until) {
            this.effectiveUntil = until;
            return this;
        }

        public RotationRule build() {
            Instant from = effectiveFrom != null ? effectiveFrom : WallClock.resolve(handoffAnchor, zone);
            return new RotationRule(
                    zone,
                    members,
                    shiftLength,
                    handoffAnchor,
                    restrictions,
                    restrictedTimeConsumesTurn,
                    from,
                    effectiveUntil);
        }
    }
}
