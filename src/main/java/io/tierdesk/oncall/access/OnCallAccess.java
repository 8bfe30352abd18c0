package io.tierdesk.oncall.access;

import io.tierdesk.common.Caller;
import io.tierdesk.common.Forbidden;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.Roles;
import io.tierdesk.team.TeamService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import java.util.UUID;

/**
 * Who may do what with a team's on-call setup: its members read it, helpdesk, auditors, platform and admin read
 * every team's; the team's leads, platform and admin change it. What a caller cannot read answers 404.
 */
@ApplicationScoped
public class OnCallAccess {

    private final Caller caller;
    private final Caller.Memberships memberships;
    private final TeamService teams;

    OnCallAccess(Caller caller, Caller.Memberships memberships, TeamService teams) {
        this.caller = caller;
        this.memberships = memberships;
        this.teams = teams;
    }

    /** The roles that read every team's on-call setup. */
    public static final Set<String> READ_ALL_TEAMS = Roles.OVERSIGHT;

    public boolean readsAllTeams() {
        return caller.isAny(READ_ALL_TEAMS);
    }

    public boolean canRead(UUID teamId) {
        return readsAllTeams() || caller.teams().contains(teamId);
    }

    public boolean canManage(UUID teamId) {
        return caller.isAny(Roles.STAFF) || caller.leads(teamId);
    }

    public boolean isTeamMember(UUID teamId, String subject) {
        return memberships.teamsOf(subject).contains(teamId);
    }

    public void requireRead(UUID teamId, String what, Object id) {
        if (!canRead(teamId)) {
            throw new NotFound(what, id);
        }
    }

    public void requireManage(UUID teamId, String what, Object id) {
        requireRead(teamId, what, id);
        if (!canManage(teamId)) {
            throw new Forbidden("Only the team's leads, platform staff and admins change its on-call setup.");
        }
    }

    /** For creating something in a team named in the request body. */
    public void requireManageTeam(UUID teamId) {
        if (!canRead(teamId)) {
            throw new NotFound("team", teamId);
        }
        teams.require(teamId, "team_id");
        requireManage(teamId, "team", teamId);
    }

    /** For listing a team's objects by team_id. */
    public void requireReadTeam(UUID teamId) {
        if (!canRead(teamId)) {
            throw new NotFound("team", teamId);
        }
    }

    public String subject() {
        return caller.subject();
    }
}
