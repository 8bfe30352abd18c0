package io.tierdesk.oncall;

import io.tierdesk.oncall.escalation.EscalationPolicy;
import io.tierdesk.oncall.escalation.EscalationPolicyMapper;
import io.tierdesk.oncall.escalation.EscalationPolicyRepository;
import io.tierdesk.oncall.rotation.Rotation;
import io.tierdesk.oncall.rotation.RotationRepository;
import io.tierdesk.oncall.rotation.ScheduleService;
import io.tierdesk.oncall.schedule.ScheduleEntry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * On-call answers for other features and background work, without a caller's access checks: who comes on call
 * at each boundary of a rotation, and whom to page for a team.
 */
@ApplicationScoped
public class OnCallDirectory {

    /** Someone came on call at {@code at}; {@code outgoing} was on call just before (null after a gap). */
    public record Boundary(UUID rotationId, UUID teamId, Instant at, String outgoing, String incoming) {}

    /** Whom to page for a team, and through which rotation or escalation policy. */
    public record Responder(String subject, UUID rotationId, UUID escalationPolicyId) {}

    /** An escalation policy as pages follow it: each level's minutes to acknowledge, and the repeats. */
    public record PolicyLevels(UUID id, UUID teamId, List<Integer> delayMinutes, int repeat) {}

    private static final int MAX_ROTATIONS_PER_TEAM = 200;

    private final RotationRepository rotations;
    private final EscalationPolicyRepository policies;
    private final ScheduleService schedules;

    OnCallDirectory(RotationRepository rotations, EscalationPolicyRepository policies, ScheduleService schedules) {
        this.rotations = rotations;
        this.policies = policies;
        this.schedules = schedules;
    }

    /** Ids of the rotations that existed before {@code until} and had not ended by {@code since}. */
    public List<UUID> rotationsActiveBetween(Instant since, Instant until) {
        return rotations.activeBetween(since, until);
    }

    /** The team a rotation belongs to; empty when there is no such rotation. */
    public Optional<UUID> teamOf(UUID rotationId) {
        return Optional.ofNullable(rotations.findById(rotationId)).map(rotation -> rotation.teamId);
    }

    /**
     * The boundaries in (since, until] at which someone comes on call in a rotation, never before the rotation
     * was created. Empty when the rotation is gone.
     */
    public List<Boundary> boundaries(UUID rotationId, Instant since, Instant until) {
        Rotation rotation = rotations.findById(rotationId);
        if (rotation == null) {
            return List.of();
        }
        Instant from = rotation.createdAt.toInstant().isAfter(since) ? rotation.createdAt.toInstant() : since;
        if (!until.isAfter(from)) {
            return List.of();
        }
        List<ScheduleEntry> entries = schedules.timeline(rotation).render(from, until.plusNanos(1));
        List<Boundary> boundaries = new ArrayList<>();
        for (int i = 1; i < entries.size(); i++) {
            ScheduleEntry previous = entries.get(i - 1);
            ScheduleEntry entry = entries.get(i);
            if (!entry.isGap() && !Objects.equals(previous.member(), entry.member())) {
                boundaries.add(
                        new Boundary(rotation.id, rotation.teamId, entry.start(), previous.member(), entry.member()));
            }
        }
        return boundaries;
    }

    /**
     * Who is on call for a team at an instant: the first level with someone on call of the team's first
     * escalation policy (by name), or, without a policy, the first of its rotations (by name) with someone on call.
     */
    public Optional<Responder> firstResponder(UUID teamId, Instant at) {
        List<EscalationPolicy> teamPolicies = policies.page(teamId, null, null, 1);
        if (!teamPolicies.isEmpty()) {
            EscalationPolicy policy = teamPolicies.get(0);
            for (Map<String, Object> stored : policy.levels) {
                var level = EscalationPolicyMapper.level(stored);
                if (level.getSubject() != null) {
                    return Optional.of(new Responder(level.getSubject(), null, policy.id));
                }
                Rotation rotation = rotations.findById(level.getRotationId());
                Optional<String> member = rotation == null ? Optional.empty() : onCall(rotation, at);
                if (member.isPresent()) {
                    return Optional.of(new Responder(member.get(), rotation.id, policy.id));
                }
            }
            return Optional.empty();
        }
        return fromRotations(teamId, at);
    }

    /** The team's first escalation policy by name, if it has any. */
    public Optional<UUID> firstPolicyOf(UUID teamId) {
        return policies.page(teamId, null, null, 1).stream().findFirst().map(policy -> policy.id);
    }

    /** A policy's levels as they stand now; empty when the policy is gone. */
    public Optional<PolicyLevels> policy(UUID policyId) {
        return policies.findByIdOptional(policyId)
                .map(policy -> new PolicyLevels(
                        policy.id,
                        policy.teamId,
                        policy.levels.stream()
                                .map(level ->
                                        EscalationPolicyMapper.level(level).getDelayMinutes())
                                .toList(),
                        policy.repeatCount));
    }

    /**
     * Who is on call at one level (from 1) of a policy at an instant: the person the level names, or whoever its
     * rotation has on call then. Empty when nobody is, or the policy or level is gone.
     */
    public Optional<Responder> atLevel(UUID policyId, int number, Instant at) {
        EscalationPolicy policy = policies.findById(policyId);
        if (policy == null || number < 1 || number > policy.levels.size()) {
            return Optional.empty();
        }
        var level = EscalationPolicyMapper.level(policy.levels.get(number - 1));
        if (level.getSubject() != null) {
            return Optional.of(new Responder(level.getSubject(), null, policy.id));
        }
        Rotation rotation = rotations.findById(level.getRotationId());
        return rotation == null
                ? Optional.empty()
                : onCall(rotation, at).map(member -> new Responder(member, rotation.id, policy.id));
    }

    /** Whoever is on call in the first of the team's rotations (by name) that has someone on call. */
    public Optional<Responder> fromRotations(UUID teamId, Instant at) {
        for (Rotation rotation : rotations.ofTeam(teamId, MAX_ROTATIONS_PER_TEAM)) {
            Optional<String> member = onCall(rotation, at);
            if (member.isPresent()) {
                return Optional.of(new Responder(member.get(), rotation.id, null));
            }
        }
        return Optional.empty();
    }

    private Optional<String> onCall(Rotation rotation, Instant at) {
        return Optional.ofNullable(schedules.entryAt(rotation, at).member());
    }
}
