package io.tierdesk.oncall.escalation;

import io.tierdesk.api.model.EscalationLevelDto;
import io.tierdesk.api.model.EscalationPolicyCreateDto;
import io.tierdesk.api.model.EscalationPolicyUpdateDto;
import io.tierdesk.common.ETags;
import io.tierdesk.common.InvalidInput;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.journal.Journal;
import io.tierdesk.oncall.access.OnCallAccess;
import io.tierdesk.oncall.rotation.Rotation;
import io.tierdesk.oncall.rotation.RotationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A team's escalation policies: ordered levels, each a rotation of the same team or a person. */
@ApplicationScoped
public class EscalationPolicyService {

    private final EscalationPolicyRepository policies;
    private final RotationRepository rotations;
    private final OnCallAccess access;
    private final Journal journal;

    EscalationPolicyService(
            EscalationPolicyRepository policies, RotationRepository rotations, OnCallAccess access, Journal journal) {
        this.policies = policies;
        this.rotations = rotations;
        this.access = access;
        this.journal = journal;
    }

    public EscalationPolicy visible(UUID id) {
        EscalationPolicy policy = policies.findById(id);
        if (policy == null) {
            throw new NotFound("escalation policy", id);
        }
        access.requireRead(policy.teamId, "escalation policy", id);
        return policy;
    }

    List<EscalationPolicy> page(UUID teamId, String afterName, UUID afterId, int fetch) {
        access.requireReadTeam(teamId);
        return policies.page(teamId, afterName, afterId, fetch);
    }

    @Transactional
    public EscalationPolicy create(EscalationPolicyCreateDto request) {
        access.requireManageTeam(request.getTeamId());
        EscalationPolicy policy = new EscalationPolicy();
        policy.id = UUID.randomUUID();
        policy.teamId = request.getTeamId();
        policy.name = request.getName();
        policy.levels = levels(policy.teamId, request.getLevels());
        policy.repeatCount = request.getRepeat() == null ? 0 : request.getRepeat();
        policies.persist(policy);
        journal.created(
                "escalation_policy.created",
                Journal.Subject.of("escalation_policy", policy.id),
                policy,
                EscalationPolicyMapper::toApi);
        return policy;
    }

    @Transactional
    public EscalationPolicy update(UUID id, EscalationPolicyUpdateDto change, String ifMatch) {
        EscalationPolicy policy = visible(id);
        access.requireManage(policy.teamId, "escalation policy", id);
        ETags.checkIfMatch(ifMatch, policy.version);
        var before = EscalationPolicyMapper.toApi(policy);
        if (change.getName() != null) {
            policy.name = change.getName();
        }
        if (change.getLevels() != null) {
            policy.levels = levels(policy.teamId, change.getLevels());
        }
        if (change.getRepeat() != null) {
            policy.repeatCount = change.getRepeat();
        }
        journal.changed(
                "escalation_policy.updated",
                Journal.Subject.of("escalation_policy", policy.id),
                policy,
                before,
                EscalationPolicyMapper::toApi);
        return policy;
    }

    private List<Map<String, Object>> levels(UUID teamId, List<EscalationLevelDto> levels) {
        List<Map<String, Object>> stored = new ArrayList<>();
        for (int i = 0; i < levels.size(); i++) {
            EscalationLevelDto level = levels.get(i);
            if ((level.getRotationId() == null) == (level.getSubject() == null)) {
                throw InvalidInput.field("levels[" + i + "]", "must name exactly one of rotation_id and subject");
            }
            if (level.getRotationId() != null) {
                Rotation rotation = rotations.findById(level.getRotationId());
                if (rotation == null || !rotation.teamId.equals(teamId)) {
                    throw new RuleViolation(
                            "unknown-rotation",
                            "Unknown rotation",
                            "Level " + (i + 1) + " names no rotation of this team.");
                }
            }
            Map<String, Object> map = new LinkedHashMap<>();
            map.put("delay_minutes", level.getDelayMinutes());
            map.put(
                    "rotation_id",
                    level.getRotationId() == null ? null : level.getRotationId().toString());
            map.put("subject", level.getSubject());
            stored.add(map);
        }
        return stored;
    }
}
