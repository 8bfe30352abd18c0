package io.tierdesk.oncall;

import io.tierdesk.api.model.EscalationLevelDto;
import io.tierdesk.api.model.OnCallItemDto;
import io.tierdesk.api.model.OnCallSourceDto;
import io.tierdesk.common.InvalidInput;
import io.tierdesk.oncall.access.OnCallAccess;
import io.tierdesk.oncall.escalation.EscalationPolicy;
import io.tierdesk.oncall.escalation.EscalationPolicyMapper;
import io.tierdesk.oncall.escalation.EscalationPolicyService;
import io.tierdesk.oncall.rotation.OnCallMapper;
import io.tierdesk.oncall.rotation.Rotation;
import io.tierdesk.oncall.rotation.RotationRepository;
import io.tierdesk.oncall.rotation.ScheduleService;
import io.tierdesk.oncall.schedule.ScheduleEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Who is on call at an instant: one answer per rotation of a team, or per level of an escalation policy. Each
 * answer looks only at the shift holding the instant, so it costs the same however old the rotation is.
 */
@ApplicationScoped
class OnCallService {

    private static final int MAX_ROTATIONS = 200;

    private final RotationRepository rotations;
    private final EscalationPolicyService policies;
    private final ScheduleService schedules;
    private final OnCallAccess access;

    OnCallService(
            RotationRepository rotations,
            EscalationPolicyService policies,
            ScheduleService schedules,
            OnCallAccess access) {
        this.rotations = rotations;
        this.policies = policies;
        this.schedules = schedules;
        this.access = access;
    }

    List<OnCallItemDto> forTeam(UUID teamId, Instant at) {
        access.requireReadTeam(teamId);
        List<OnCallItemDto> items = new ArrayList<>();
        for (Rotation rotation : rotations.ofTeam(teamId, MAX_ROTATIONS)) {
            items.add(fromRotation(rotation, at));
        }
        return items;
    }

    List<OnCallItemDto> forPolicy(UUID policyId, Instant at) {
        EscalationPolicy policy = policies.visible(policyId);
        List<OnCallItemDto> items = new ArrayList<>();
        int number = 1;
        for (var stored : policy.levels) {
            EscalationLevelDto level = EscalationPolicyMapper.level(stored);
            OnCallItemDto item;
            if (level.getRotationId() != null) {
                Rotation rotation = rotations.findById(level.getRotationId());
                item = rotation == null
                        ? new OnCallItemDto()
                                .rotationId(level.getRotationId())
                                .source(OnCallSourceDto.ROTATION)
                                .empty(true)
                        : fromRotation(rotation, at);
            } else {
                item = new OnCallItemDto()
                        .subject(level.getSubject())
                        .source(OnCallSourceDto.PERSON)
                        .empty(false);
            }
            items.add(item.level(number++).delayMinutes(level.getDelayMinutes()));
        }
        return items;
    }

    private OnCallItemDto fromRotation(Rotation rotation, Instant at) {
        ScheduleEntry entry = schedules.entryAt(rotation, at);
        return new OnCallItemDto()
                .rotationId(rotation.id)
                .subject(entry.member())
                .source(OnCallSourceDto.valueOf(entry.source().name()))
                .empty(entry.isGap())
                .start(OnCallMapper.utc(entry.start()))
                .end(OnCallMapper.utc(entry.end()));
    }

    static void requireOneTarget(UUID teamId, UUID policyId) {
        if ((teamId == null) == (policyId == null)) {
            throw InvalidInput.field("team_id", "give exactly one of team_id and escalation_policy_id");
        }
    }
}
