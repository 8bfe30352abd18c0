package io.tierdesk.team;

import io.tierdesk.api.model.TeamCreateDto;
import io.tierdesk.api.model.TeamKindDto;
import io.tierdesk.api.model.TeamMemberInputDto;
import io.tierdesk.api.model.TeamUpdateDto;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Enums;
import io.tierdesk.common.FieldError;
import io.tierdesk.common.Forbidden;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.Roles;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class TeamService {

    private final TeamRepository teams;
    private final TeamMemberRepository members;
    private final Journal journal;
    private final Caller caller;
    private final Clock clock;
    private final Event<TeamMemberRemoved> memberRemoved;
    private final TeamEscalationPolicies escalationPolicies;

    TeamService(
            TeamRepository teams,
            TeamMemberRepository members,
            Journal journal,
            Caller caller,
            Clock clock,
            Event<TeamMemberRemoved> memberRemoved,
            TeamEscalationPolicies escalationPolicies) {
        this.memberRemoved = memberRemoved;
        this.escalationPolicies = escalationPolicies;
        this.teams = teams;
        this.members = members;
        this.journal = journal;
        this.caller = caller;
        this.clock = clock;
    }

    /** The team ids a caller is limited to, or null when the caller sees every team. */
    Set<UUID> visibleTeamIds() {
        boolean limitedToOwnTeams = caller.is(Roles.PARTNER) && !caller.seesEverything() && !caller.is(Roles.MAKER);
        return limitedToOwnTeams ? caller.teams() : null;
    }

    /** The team, or 404 when it does not exist or the caller may not see it. */
    public Team visible(UUID id) {
        Team team = teams.findById(id);
        Set<UUID> only = visibleTeamIds();
        if (team == null || (only != null && !only.contains(id))) {
            throw new NotFound("team", id);
        }
        return team;
    }

    /** The team with this id, or a 422 problem naming the field that referred to it. */
    public Team require(UUID id, String field) {
        Team team = teams.findById(id);
        if (team == null) {
            throw new RuleViolation(
                    "unknown-team",
                    "Unknown team",
                    "The " + field + " '" + id + "' names no team.",
                    List.of(new FieldError(field, "names no team")));
        }
        return team;
    }

    /** The longest-standing team of a kind: the default team of the level that kind serves. */
    public Optional<Team> firstOfKind(TeamKind kind) {
        return teams.firstOfKind(kind);
    }

    /** How many teams of a kind there are. */
    public long countOfKind(TeamKind kind) {
        return teams.count("kind", kind);
    }

    /** The team with this id, if there is one. */
    public Optional<Team> find(UUID id) {
        return Optional.ofNullable(teams.findById(id));
    }

    /** Partner teams the subject belongs to. */
    public Set<UUID> partnerTeamsOf(String subject) {
        return members.teamsOfKind(subject, TeamKind.PARTNER);
    }

    @Transactional
    public Team create(TeamCreateDto request) {
        if (teams.nameTaken(request.getName(), null)) {
            throw new Conflict("team-name-taken", "A team named '" + request.getName() + "' exists.");
        }
        Team team = new Team();
        team.id = UUID.randomUUID();
        team.name = request.getName();
        team.kind = Enums.same(request.getKind(), TeamKind.class);
        team.businessUnit = request.getBusinessUnit();
        team.description = request.getDescription();
        teams.persist(team);
        journal.created("team.created", Journal.Subject.of("team", team.id), team, TeamMapper::toApi);
        return team;
    }

    @Transactional
    public Team update(UUID id, TeamUpdateDto change, String ifMatch) {
        Team team = manageable(id);
        ETags.checkIfMatch(ifMatch, team.version);
        var before = TeamMapper.toApi(team);
        if (change.getName() != null && !change.getName().equals(team.name)) {
            if (teams.nameTaken(change.getName(), id)) {
                throw new Conflict("team-name-taken", "A team named '" + change.getName() + "' exists.");
            }
            team.name = change.getName();
        }
        if (change.getBusinessUnit() != null) {
            team.businessUnit = change.getBusinessUnit();
        }
        if (change.getDescription() != null) {
            team.description = change.getDescription();
        }
        if (change.getEscalationPolicy() != null) {
            team.escalationPolicyId =
                    ownPolicy(team, change.getEscalationPolicy().getId());
        }
        journal.changed("team.updated", Journal.Subject.of("team", team.id), team, before, TeamMapper::toApi);
        return team;
    }

    public List<TeamMember> members(UUID teamId, String afterSubject, int fetch) {
        visible(teamId);
        return members.page(teamId, afterSubject, fetch);
    }

    @Transactional
    public TeamMember addMember(UUID teamId, TeamMemberInputDto input) {
        manageable(teamId);
        TeamMember member = members.findById(new TeamMember.Key(teamId, input.getSubject()));
        var before = member == null ? null : TeamMapper.toApi(member);
        if (member == null) {
            member = new TeamMember();
            member.key = new TeamMember.Key(teamId, input.getSubject());
            member.addedAt = Timestamps.now(clock);
            member.role = Enums.same(input.getRole(), TeamRole.class);
            members.persist(member);
        } else {
            member.role = Enums.same(input.getRole(), TeamRole.class);
        }
        journal.record("team.member_added", Journal.Subject.of("team", teamId), before, TeamMapper.toApi(member));
        return member;
    }

    @Transactional
    public void removeMember(UUID teamId, String subject) {
        manageable(teamId);
        TeamMember member = members.findById(new TeamMember.Key(teamId, subject));
        if (member == null) {
            throw new NotFound("member", subject);
        }
        members.delete(member);
        journal.record("team.member_removed", Journal.Subject.of("team", teamId), TeamMapper.toApi(member), null);
        memberRemoved.fire(new TeamMemberRemoved(teamId, subject));
    }

    /** Admins, platform staff and the team's leads manage a team; others get 403 if they can see it, else 404. */
    private UUID ownPolicy(Team team, UUID policyId) {
        if (policyId != null
                && !escalationPolicies.teamOf(policyId).map(team.id::equals).orElse(false)) {
            throw new RuleViolation(
                    "unknown-escalation-policy",
                    "Unknown escalation policy",
                    "Not an escalation policy of this team: " + policyId + ".");
        }
        return policyId;
    }

    private Team manageable(UUID id) {
        Team team = visible(id);
        if (!caller.isAny(Roles.STAFF) && !caller.leads(id)) {
            throw new Forbidden("Only admins, platform staff and the team's leads manage a team.");
        }
        return team;
    }

    /** The teams the caller may see, of {@code kind} and with {@code member} when given, after (name, id). */
    List<Team> page(TeamKindDto kind, String member, String afterName, UUID afterId, int fetch) {
        return teams.page(new TeamRepository.Filter(kind, member, visibleTeamIds()), afterName, afterId, fetch);
    }
}
