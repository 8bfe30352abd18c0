package io.tierdesk.oncall.escalation;

import io.tierdesk.api.model.EscalationLevelDto;
import io.tierdesk.api.model.EscalationPolicyDto;
import io.tierdesk.oncall.rotation.OnCallMapper;
import java.util.Map;
import java.util.UUID;

/** Escalation policies and their stored levels to their API representations. */
public final class EscalationPolicyMapper {

    private EscalationPolicyMapper() {}

    static EscalationPolicyDto toApi(EscalationPolicy policy) {
        return new EscalationPolicyDto()
                .id(policy.id)
                .teamId(policy.teamId)
                .name(policy.name)
                .levels(policy.levels.stream()
                        .map(EscalationPolicyMapper::level)
                        .toList())
                .repeat(policy.repeatCount)
                .version(policy.version)
                .createdAt(OnCallMapper.utc(policy.createdAt))
                .updatedAt(OnCallMapper.utc(policy.updatedAt));
    }

    public static EscalationLevelDto level(Map<String, Object> stored) {
        Object rotation = stored.get("rotation_id");
        return new EscalationLevelDto()
                .delayMinutes(((Number) stored.get("delay_minutes")).intValue())
                .rotationId(rotation == null ? null : UUID.fromString(rotation.toString()))
                .subject((String) stored.get("subject"));
    }
}
