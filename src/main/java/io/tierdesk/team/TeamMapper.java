package io.tierdesk.team;

import java.time.ZoneOffset;

final class TeamMapper {

    private TeamMapper() {
    }

    static io.tierdesk.api.model.Team toApi(Team team) {
        return new io.tierdesk.api.model.Team()
                .id(team.id)
                .name(team.name)
                .kind(team.kind)
                .businessUnit(team.businessUnit)
                .description(team.description)
                .version(team.version)
                .createdAt(team.createdAt.withOffsetSameInstant(ZoneOffset.UTC))
                .updatedAt(team.updatedAt.withOffsetSameInstant(ZoneOffset.UTC));
    }

    static io.tierdesk.api.model.TeamMember toApi(TeamMember member) {
        return new io.tierdesk.api.model.TeamMember()
                .subject(member.key.subject())
                .role(member.role)
                .addedAt(member.addedAt.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
