package io.tierdesk.team;

import io.quarkus.security.Authenticated;
import io.tierdesk.api.TeamsApi;
import io.tierdesk.api.model.TeamCreate;
import io.tierdesk.api.model.TeamKind;
import io.tierdesk.api.model.TeamMemberInput;
import io.tierdesk.api.model.TeamMemberPage;
import io.tierdesk.api.model.TeamPage;
import io.tierdesk.api.model.TeamUpdate;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Cursors;
import io.tierdesk.common.Idempotency;
import io.tierdesk.common.Page;
import io.tierdesk.common.PageRequest;
import io.tierdesk.common.Responses;
import io.tierdesk.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

@Authenticated
class TeamResource implements TeamsApi {

    private final TeamService service;
    private final TeamRepository teams;
    private final Cursors cursors;
    private final Caller caller;
    private final Idempotency idempotency;

    @Context
    UriInfo uri;

    TeamResource(TeamService service, TeamRepository teams, Cursors cursors, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.teams = teams;
        this.cursors = cursors;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @Override
    public Response listTeams(TeamKind kind, String member, Integer limit, String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        TeamRepository.Filter filter = new TeamRepository.Filter(kind, member, service.visibleTeamIds());
        String scope = "teams:" + kind + ":" + member;
        String afterName = null;
        UUID afterId = null;
        if (!request.first()) {
            List<String> key = cursors.decode(scope, caller.subject(), request.cursor(), 2);
            afterName = key.get(0);
            afterId = UUID.fromString(key.get(1));
        }
        Page<Team> page = Page.of(teams.page(filter, afterName, afterId, request.limit() + 1), request.limit(),
                last -> cursors.encode(scope, caller.subject(), List.of(last.name, last.id.toString())));
        TeamPage body = new TeamPage().items(page.map(TeamMapper::toApi).items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }

    @Override
    @RolesAllowed({ Roles.PLATFORM, Roles.ADMIN })
    public Response createTeam(TeamCreate teamCreate, String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /teams", teamCreate, () -> {
            Team team = service.create(teamCreate);
            return Responses.created(uri, team.id.toString(), TeamMapper.toApi(team), team.version);
        });
    }

    @Override
    public Response getTeam(UUID teamId) {
        Team team = service.visible(teamId);
        return Responses.ok(TeamMapper.toApi(team), team.version);
    }

    @Override
    public Response updateTeam(UUID teamId, TeamUpdate teamUpdate, String ifMatch) {
        Team team = service.update(teamId, teamUpdate, ifMatch);
        return Responses.ok(TeamMapper.toApi(team), team.version);
    }

    @Override
    public Response listTeamMembers(UUID teamId, Integer limit, String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        String scope = "team-members:" + teamId;
        String after = request.first() ? null
                : cursors.decode(scope, caller.subject(), request.cursor(), 1).get(0);
        Page<TeamMember> page = Page.of(service.members(teamId, after, request.limit() + 1), request.limit(),
                last -> cursors.encode(scope, caller.subject(), List.of(last.key.subject())));
        TeamMemberPage body = new TeamMemberPage().items(page.map(TeamMapper::toApi).items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }

    @Override
    public Response addTeamMember(UUID teamId, TeamMemberInput teamMemberInput, String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /teams/" + teamId + "/members", teamMemberInput, () -> {
            TeamMember member = service.addMember(teamId, teamMemberInput);
            return Response.status(Response.Status.CREATED).entity(TeamMapper.toApi(member)).build();
        });
    }

    @Override
    public Response removeTeamMember(UUID teamId, String subject) {
        service.removeMember(teamId, subject);
        return Response.noContent().build();
    }
}
