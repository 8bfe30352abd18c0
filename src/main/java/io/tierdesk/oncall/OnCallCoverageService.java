package io.tierdesk.oncall;

import io.tierdesk.common.InvalidInput;
import io.tierdesk.common.NotFound;
import io.tierdesk.oncall.access.OnCallAccess;
import io.tierdesk.oncall.rotation.Rotation;
import io.tierdesk.oncall.rotation.RotationRepository;
import io.tierdesk.oncall.rotation.ScheduleService;
import io.tierdesk.oncall.schedule.Coverage;
import io.tierdesk.oncall.schedule.RotationSchedule;
import io.tierdesk.oncall.schedule.ScheduleEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Gaps and overlaps across the rotations of a team, or across named rotations, over a bounded window. */
@ApplicationScoped
class OnCallCoverageService {

    private static final int MAX_TEAM_ROTATIONS = 200;

    private final RotationRepository rotations;
    private final ScheduleService schedules;
    private final OnCallAccess access;

    OnCallCoverageService(RotationRepository rotations, ScheduleService schedules, OnCallAccess access) {
        this.rotations = rotations;
        this.schedules = schedules;
        this.access = access;
    }

    /** What was looked at and what was found. */
    record Report(UUID teamId, List<UUID> rotationIds, Coverage coverage) {}

    Report coverage(UUID teamId, List<UUID> rotationIds, Instant since, Instant until) {
        boolean named = rotationIds != null && !rotationIds.isEmpty();
        if ((teamId == null) == !named) {
            throw InvalidInput.field("team_id", "give exactly one of team_id and rotation_id");
        }
        requireWindow(since, until);
        List<Rotation> covered = named ? visible(rotationIds) : ofTeam(teamId);
        Map<String, List<ScheduleEntry>> rendered = new LinkedHashMap<>();
        for (Rotation rotation : covered) {
            rendered.put(rotation.id.toString(), schedules.timeline(rotation).render(since, until));
        }
        return new Report(
                teamId, covered.stream().map(rotation -> rotation.id).toList(), Coverage.of(rendered, since, until));
    }

    private List<Rotation> ofTeam(UUID teamId) {
        access.requireReadTeam(teamId);
        return rotations.ofTeam(teamId, MAX_TEAM_ROTATIONS);
    }

    private List<Rotation> visible(List<UUID> ids) {
        return new LinkedHashSet<>(ids)
                .stream()
                        .map(id -> {
                            Rotation rotation = rotations.findById(id);
                            if (rotation == null || !access.canRead(rotation.teamId)) {
                                throw new NotFound("rotation", id);
                            }
                            return rotation;
                        })
                        .toList();
    }

    private static void requireWindow(Instant since, Instant until) {
        if (!until.isAfter(since)) {
            throw InvalidInput.field("until", "must be after since");
        }
        if (Duration.between(since, until).compareTo(RotationSchedule.MAX_WINDOW) > 0) {
            throw InvalidInput.field("until", "must be at most 93 days after since");
        }
    }
}
