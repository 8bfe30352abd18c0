package io.tierdesk.team;

import java.time.ZoneOffset;
import io.tierdesk.api.model.TeamDto;
import io.tierdesk.api.model.TeamMemberDto;

final class TeamMapper {

    private TeamMapper() {
    }

    static TeamDto toApi(Team team) {
        return new TeamDto()
                .id(team.id)
                .name(team.name)
                .kind(team.kind)
                .businessUnit(team.businessUnit)
                .description(team.description)
                .version(team.version)
                .createdAt(team.createdAt.withOffsetSameInstant(ZoneOffset.UTC))
                .updatedAt(team.updatedAt.withOffsetSameInstant(ZoneOffset.UTC));
    }

    static TeamMemberDto toApi(TeamMember member) {
        return new TeamMemberDto()
                .subject(member.key.subject())
                .role(member.role)
                .addedAt(member.addedAt.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
