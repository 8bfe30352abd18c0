package io.tierdesk.team;

import io.tierdesk.api.TeamsApi;
import io.tierdesk.api.model.TeamCreateDto;
import io.tierdesk.api.model.TeamKindDto;
import io.tierdesk.api.model.TeamMemberInputDto;
import io.tierdesk.api.model.TeamMemberPageDto;
import io.tierdesk.api.model.TeamPageDto;
import io.tierdesk.api.model.TeamUpdateDto;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

class TeamResource implements TeamsApi {

    private final TeamService service;
    private final Pager pager;

    @Context
    UriInfo uri;

    TeamResource(TeamService service, Pager pager) {
        this.service = service;
        this.pager = pager;
    }

    @Override
    public Response listTeams(TeamKindDto kind, String member, Integer limit, String cursor) {
        Page<Team> page = pager.page(
                "teams:" + kind + ":" + member,
                limit,
                cursor,
                2,
                (after, fetch) -> service.page(kind, member, after.text(0), after.id(1), fetch),
                team -> List.of(team.name, team.id.toString()));
        return Responses.page(uri, page.map(TeamMapper::toApi), TeamPageDto::new, TeamPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response createTeam(TeamCreateDto teamCreate, String idempotencyKey) {
        Team team = service.create(teamCreate);
        return Responses.created(uri, team, TeamMapper::toApi);
    }

    @Override
    public Response getTeam(UUID teamId) {
        Team team = service.visible(teamId);
        return Responses.ok(team, TeamMapper::toApi);
    }

    @Override
    public Response updateTeam(UUID teamId, TeamUpdateDto teamUpdate, String ifMatch) {
        Team team = service.update(teamId, teamUpdate, ifMatch);
        return Responses.ok(team, TeamMapper::toApi);
    }

    @Override
    public Response listTeamMembers(UUID teamId, Integer limit, String cursor) {
        Page<TeamMember> page = pager.page(
                "team-members:" + teamId,
                limit,
                cursor,
                1,
                (after, fetch) -> service.members(teamId, after.text(0), fetch),
                member -> List.of(member.key.subject()));
        return Responses.page(uri, page.map(TeamMapper::toApi), TeamMemberPageDto::new, TeamMemberPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response addTeamMember(UUID teamId, TeamMemberInputDto teamMemberInput, String idempotencyKey) {
        TeamMember member = service.addMember(teamId, teamMemberInput);
        return Response.status(Response.Status.CREATED)
                .entity(TeamMapper.toApi(member))
                .build();
    }

    @Override
    public Response removeTeamMember(UUID teamId, String subject) {
        service.removeMember(teamId, subject);
        return Response.noContent().build();
    }
}
