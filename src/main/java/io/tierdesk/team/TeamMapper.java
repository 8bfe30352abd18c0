package io.tierdesk.team;

import io.tierdesk.api.model.TeamDto;
import io.tierdesk.api.model.TeamKindDto;
import io.tierdesk.api.model.TeamMemberDto;
import io.tierdesk.api.model.TeamRoleDto;
import io.tierdesk.common.Enums;
import java.time.ZoneOffset;

final class TeamMapper {

    private TeamMapper() {}

    static TeamDto toApi(Team team) {
        return new TeamDto()
                .id(team.id)
                .name(team.name)
                .kind(Enums.same(team.kind, TeamKindDto.class))
                .businessUnit(team.businessUnit)
                .description(team.description)
                .escalationPolicyId(team.escalationPolicyId)
                .version(team.version)
                .createdAt(team.createdAt.withOffsetSameInstant(ZoneOffset.UTC))
                .updatedAt(team.updatedAt.withOffsetSameInstant(ZoneOffset.UTC));
    }

    static TeamMemberDto toApi(TeamMember member) {
        return new TeamMemberDto()
                .subject(member.key.subject())
                .role(Enums.same(member.role, TeamRoleDto.class))
                .addedAt(member.addedAt.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
