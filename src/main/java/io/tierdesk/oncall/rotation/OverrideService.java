package io.tierdesk.oncall.rotation;

import io.tierdesk.api.model.RotationOverrideCreateDto;
import io.tierdesk.common.Forbidden;
import io.tierdesk.common.InvalidInput;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import io.tierdesk.oncall.access.OnCallAccess;
import io.tierdesk.oncall.schedule.RotationSchedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * Overrides of a rotation. Leads, platform and admin may create any; a team member may put themselves on call,
 * or hand time in which they are on call to a teammate. Intended gaps (no member) are for leads and staff.
 */
@ApplicationScoped
class OverrideService {

    private final RotationService rotations;
    private final ScheduleService schedules;
    private final RotationOverrideRepository overrides;
    private final OnCallAccess access;
    private final Journal journal;
    private final Clock clock;

    OverrideService(
            RotationService rotations,
            ScheduleService schedules,
            RotationOverrideRepository overrides,
            OnCallAccess access,
            Journal journal,
            Clock clock) {
        this.rotations = rotations;
        this.schedules = schedules;
        this.overrides = overrides;
        this.access = access;
        this.journal = journal;
        this.clock = clock;
    }

    List<RotationOverride> page(
            UUID rotationId,
            OffsetDateTime since,
            OffsetDateTime until,
            OffsetDateTime afterStart,
            UUID afterId,
            int fetch) {
        rotations.visible(rotationId);
        return overrides.page(rotationId, since, until, afterStart, afterId, fetch);
    }

    @Transactional
    public RotationOverride create(UUID rotationId, RotationOverrideCreateDto request) {
        Rotation rotation = rotations.visible(rotationId);
        if (!request.getEnd().isAfter(request.getStart())) {
            throw InvalidInput.field("end", "must be after start");
        }
        if (Duration.between(request.getStart(), request.getEnd()).compareTo(RotationSchedule.MAX_WINDOW) > 0) {
            throw InvalidInput.field("end", "must be at most 93 days after start");
        }
        String member = request.getMember();
        if (!access.canManage(rotation.teamId)) {
            requireOwnOverride(rotation, request, member);
        }
        if (member != null && !access.isTeamMember(rotation.teamId, member)) {
            throw new RuleViolation(
                    "not-a-team-member",
                    "Not a team member",
                    "'" + member + "' is not a member of the rotation's team.");
        }
        RotationOverride override = new RotationOverride();
        override.id = UUID.randomUUID();
        override.rotationId = rotationId;
        override.startAt = Timestamps.utc(request.getStart());
        override.endAt = Timestamps.utc(request.getEnd());
        override.member = member;
        override.reason = request.getReason();
        override.createdBy = access.subject();
        override.createdAt = Timestamps.now(clock);
        overrides.persist(override);
        overrides.flush();
        journal.record(
                "rotation_override.created",
                Journal.Subject.of("rotation_override", override.id),
                null,
                OnCallMapper.toApi(override));
        return override;
    }

    @Transactional
    public void delete(UUID rotationId, UUID overrideId) {
        Rotation rotation = rotations.visible(rotationId);
        RotationOverride override = overrides.findById(overrideId);
        if (override == null || !override.rotationId.equals(rotationId)) {
            throw new NotFound("override", overrideId);
        }
        if (!access.canManage(rotation.teamId) && !override.createdBy.equals(access.subject())) {
            throw new Forbidden("Only its creator, the team's leads, platform staff and admins delete an override.");
        }
        overrides.delete(override);
        journal.record(
                "rotation_override.deleted",
                Journal.Subject.of("rotation_override", overrideId),
                OnCallMapper.toApi(override),
                null);
    }

    private void requireOwnOverride(Rotation rotation, RotationOverrideCreateDto request, String member) {
        String me = access.subject();
        if (!access.isTeamMember(rotation.teamId, me)) {
            throw new Forbidden("Only the team's members, leads, platform staff and admins override its rotations.");
        }
        if (me.equals(member)) {
            return;
        }
        boolean ownTime = member != null
                && schedules
                        .timeline(rotation)
                        .render(request.getStart().toInstant(), request.getEnd().toInstant())
                        .stream()
                        .allMatch(entry -> me.equals(entry.member()));
        if (!ownTime) {
            throw new Forbidden(
                    "Members may put themselves on call, or hand time in which they are on call to a teammate.");
        }
    }
}
