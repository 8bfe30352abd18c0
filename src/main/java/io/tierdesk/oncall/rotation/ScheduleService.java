package io.tierdesk.oncall.rotation;

import io.tierdesk.common.InvalidInput;
import io.tierdesk.oncall.schedule.RotationSchedule;
import io.tierdesk.oncall.schedule.RotationTimeline;
import io.tierdesk.oncall.schedule.ScheduleEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Renders rotations from the database: definitions over time plus overrides, through {@link RotationTimeline}. */
@ApplicationScoped
public class ScheduleService {

    private final RotationService rotations;
    private final RotationDefinitionRepository definitions;
    private final RotationOverrideRepository overrides;
    private final Clock clock;

    ScheduleService(
            RotationService rotations,
            RotationDefinitionRepository definitions,
            RotationOverrideRepository overrides,
            Clock clock) {
        this.rotations = rotations;
        this.definitions = definitions;
        this.overrides = overrides;
        this.clock = clock;
    }

    public RotationTimeline timeline(Rotation rotation) {
        return new RotationTimeline(
                RotationRules.pieces(rotation, definitions.ofRotation(rotation.id)),
                (since, until) -> overrides.overlapping(rotation.id, since, until));
    }

    /** The schedule of a visible rotation over [since, until); a bad window is a 400. */
    List<ScheduleEntry> schedule(UUID rotationId, OffsetDateTime since, OffsetDateTime until) {
        Rotation rotation = rotations.visible(rotationId);
        if (!until.isAfter(since)) {
            throw InvalidInput.field("until", "must be after since");
        }
        if (Duration.between(since, until).compareTo(RotationSchedule.MAX_WINDOW) > 0) {
            throw InvalidInput.field("until", "must be at most 93 days after since");
        }
        return timeline(rotation).render(since.toInstant(), until.toInstant());
    }

    /** Upcoming gaps of a visible rotation over the next days. */
    List<ScheduleEntry> gaps(UUID rotationId, Instant since, Instant until) {
        Rotation rotation = rotations.visible(rotationId);
        return timeline(rotation).render(since, until).stream()
                .filter(ScheduleEntry::isGap)
                .toList();
    }

    public ScheduleEntry entryAt(Rotation rotation, Instant at) {
        return timeline(rotation).entryAt(at);
    }

    public Instant now() {
        return clock.instant();
    }
}
