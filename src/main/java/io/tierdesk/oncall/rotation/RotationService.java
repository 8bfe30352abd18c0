package io.tierdesk.oncall.rotation;

import io.tierdesk.api.model.RotationCreateDto;
import io.tierdesk.api.model.RotationShiftLengthDto;
import io.tierdesk.api.model.RotationUpdateDto;
import io.tierdesk.common.ETags;
import io.tierdesk.common.InvalidInput;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import io.tierdesk.oncall.access.OnCallAccess;
import io.tierdesk.oncall.schedule.WallClock;
import io.tierdesk.team.TeamMemberRemoved;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Creates and edits rotations. An edit of a rotation that has started adds a definition effective from the
 * moment of the edit, so shifts before it keep the definition they had.
 */
@ApplicationScoped
public class RotationService {

    private final RotationRepository rotations;
    private final RotationDefinitionRepository definitions;
    private final OnCallAccess access;
    private final Journal journal;
    private final Clock clock;

    RotationService(
            RotationRepository rotations,
            RotationDefinitionRepository definitions,
            OnCallAccess access,
            Journal journal,
            Clock clock) {
        this.rotations = rotations;
        this.definitions = definitions;
        this.access = access;
        this.journal = journal;
        this.clock = clock;
    }

    /** The rotation, or 404 when it does not exist or the caller may not see its team. */
    Rotation visible(UUID id) {
        Rotation rotation = rotations.findById(id);
        if (rotation == null) {
            throw new NotFound("rotation", id);
        }
        access.requireRead(rotation.teamId, "rotation", id);
        return rotation;
    }

    RotationDefinition current(Rotation rotation) {
        return definitions.latest(rotation.id);
    }

    List<Rotation> page(UUID teamId, String afterName, UUID afterId, int fetch) {
        access.requireReadTeam(teamId);
        return rotations.page(teamId, afterName, afterId, fetch);
    }

    @Transactional
    public Rotation create(RotationCreateDto request) {
        access.requireManageTeam(request.getTeamId());
        RotationDefinition definition = new RotationDefinition();
        definition.timeZone = request.getTimeZone();
        definition.handoffAnchor = RotationRules.anchor(request.getHandoffAnchor());
        setShift(definition, request.getShiftLength());
        definition.members = members(request.getTeamId(), request.getMembers());
        definition.restrictions = request.getRestrictions() == null
                ? List.of()
                : request.getRestrictions().stream().map(RotationRules::window).toList();
        definition.restrictedTimeConsumesTurn = Boolean.TRUE.equals(request.getRestrictedTimeConsumesTurn());

        Rotation rotation = new Rotation();
        rotation.id = UUID.randomUUID();
        rotation.teamId = request.getTeamId();
        rotation.name = request.getName();
        rotation.effectiveFrom = request.getEffectiveFrom() != null
                ? Timestamps.utc(request.getEffectiveFrom())
                : WallClock.resolve(definition.handoffAnchor, RotationRules.zone(definition.timeZone))
                        .atOffset(ZoneOffset.UTC);
        rotation.effectiveUntil = Timestamps.utc(request.getEffectiveUntil());
        requireEffectiveRange(rotation);
        definition.key = new RotationDefinition.Key(rotation.id, rotation.effectiveFrom);
        RotationRules.rule(definition, rotation.effectiveFrom, rotation.effectiveUntil);
        rotations.persist(rotation);
        definitions.persist(definition);
        journal.created(
                "rotation.created",
                Journal.Subject.of("rotation", rotation.id),
                rotation,
                created -> OnCallMapper.toApi(created, definition));
        return rotation;
    }

    @Transactional
    public Rotation update(UUID id, RotationUpdateDto change, String ifMatch) {
        Rotation rotation = visible(id);
        access.requireManage(rotation.teamId, "rotation", id);
        ETags.checkIfMatch(ifMatch, rotation.version);
        RotationDefinition latest = current(rotation);
        var before = OnCallMapper.toApi(rotation, latest);
        OffsetDateTime now = Timestamps.now(clock);
        boolean started = !now.isBefore(rotation.effectiveFrom);

        if (change.getName() != null) {
            rotation.name = change.getName();
        }
        if (change.getEffectiveFrom() != null && !change.getEffectiveFrom().isEqual(rotation.effectiveFrom)) {
            if (started) {
                throw new RuleViolation(
                        "rotation-started",
                        "Rotation has started",
                        "A rotation's start cannot move once it has started; past shifts stay as they were.");
            }
            rotation.effectiveFrom = Timestamps.utc(change.getEffectiveFrom());
        }
        if (change.getEffectiveUntil() != null) {
            if (change.getEffectiveUntil().isBefore(now)) {
                throw new RuleViolation(
                        "rotation-end-in-past",
                        "End in the past",
                        "A rotation cannot end in the past; past shifts stay as they were.");
            }
            rotation.effectiveUntil = Timestamps.utc(change.getEffectiveUntil());
        }
        requireEffectiveRange(rotation);
        if (changesDefinition(change)) {
            if (rotation.effectiveUntil != null && !now.isBefore(rotation.effectiveUntil)) {
                throw new RuleViolation(
                        "rotation-ended",
                        "Rotation has ended",
                        "The rotation has ended; its shifts can no longer change.");
            }
            RotationDefinition next =
                    !started || latest.key.effectiveFrom().isEqual(now) ? latest : latest.copyFrom(now);
            apply(next, rotation.teamId, change);
            RotationRules.rule(next, rotation.effectiveFrom, rotation.effectiveUntil);
            if (next != latest) {
                definitions.persist(next);
            }
            latest = next;
        }
        RotationDefinition shown = latest;
        journal.changed(
                now,
                "rotation.updated",
                Journal.Subject.of("rotation", rotation.id),
                rotation,
                before,
                changed -> OnCallMapper.toApi(changed, shown));
        return rotation;
    }

    /** Someone left the team: from now on the rotations of the team go on without them. */
    @Transactional(Transactional.TxType.MANDATORY)
    void onMemberRemoved(@Observes TeamMemberRemoved event) {
        OffsetDateTime now = Timestamps.now(clock);
        for (Rotation rotation : rotations.ofTeam(event.teamId(), 1000)) {
            RotationDefinition latest = current(rotation);
            boolean ended = rotation.effectiveUntil != null && !now.isBefore(rotation.effectiveUntil);
            if (ended || !Arrays.asList(latest.members).contains(event.subject())) {
                continue;
            }
            var before = OnCallMapper.toApi(rotation, latest);
            boolean started = !now.isBefore(rotation.effectiveFrom);
            RotationDefinition next =
                    !started || latest.key.effectiveFrom().isEqual(now) ? latest : latest.copyFrom(now);
            next.members = Arrays.stream(latest.members)
                    .filter(m -> !m.equals(event.subject()))
                    .toArray(String[]::new);
            if (next != latest) {
                definitions.persist(next);
            }
            journal.changed(
                    now,
                    "rotation.member_removed",
                    Journal.Subject.of("rotation", rotation.id),
                    rotation,
                    before,
                    changed -> OnCallMapper.toApi(changed, next));
        }
    }

    private void apply(RotationDefinition definition, UUID teamId, RotationUpdateDto change) {
        if (change.getTimeZone() != null) {
            definition.timeZone = change.getTimeZone();
        }
        if (change.getHandoffAnchor() != null) {
            definition.handoffAnchor = RotationRules.anchor(change.getHandoffAnchor());
        }
        if (change.getShiftLength() != null) {
            setShift(definition, change.getShiftLength());
        }
        if (change.getMembers() != null) {
            definition.members = members(teamId, change.getMembers());
        }
        if (change.getRestrictions() != null) {
            definition.restrictions =
                    change.getRestrictions().stream().map(RotationRules::window).toList();
        }
        if (change.getRestrictedTimeConsumesTurn() != null) {
            definition.restrictedTimeConsumesTurn = change.getRestrictedTimeConsumesTurn();
        }
    }

    private static boolean changesDefinition(RotationUpdateDto change) {
        return change.getTimeZone() != null
                || change.getHandoffAnchor() != null
                || change.getShiftLength() != null
                || change.getMembers() != null
                || change.getRestrictions() != null
                || change.getRestrictedTimeConsumesTurn() != null;
    }

    private static void setShift(RotationDefinition definition, RotationShiftLengthDto length) {
        definition.shiftAmount = length.getAmount();
        definition.shiftUnit = length.getUnit().name();
    }

    private String[] members(UUID teamId, List<String> members) {
        for (String member : members) {
            if (!access.isTeamMember(teamId, member)) {
                throw new RuleViolation(
                        "not-a-team-member",
                        "Not a team member",
                        "'" + member + "' is not a member of the rotation's team.");
            }
        }
        return members.toArray(String[]::new);
    }

    private static void requireEffectiveRange(Rotation rotation) {
        if (rotation.effectiveUntil != null && !rotation.effectiveUntil.isAfter(rotation.effectiveFrom)) {
            throw InvalidInput.field("effective_until", "must be after effective_from");
        }
    }
}
