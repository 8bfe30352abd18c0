package io.tierdesk.solution;

import io.tierdesk.api.model.EnvironmentDto;
import io.tierdesk.api.model.EnvironmentTypeDto;
import io.tierdesk.api.model.ExternalRefDto;
import io.tierdesk.api.model.LifecycleStateDto;
import io.tierdesk.api.model.SolutionDto;
import io.tierdesk.api.model.SolutionKindDto;
import io.tierdesk.api.model.SupportLevelDto;
import io.tierdesk.api.model.UsageSnapshotDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Timestamps;
import java.util.List;

final class SolutionMapper {

    private SolutionMapper() {}

    static SolutionDto toApi(Solution solution) {
        SolutionDto api = new SolutionDto()
                .id(solution.id)
                .name(solution.name)
                .kind(Enums.same(solution.kind, SolutionKindDto.class))
                .maker(solution.maker)
                .coOwners(List.copyOf(solution.coOwners))
                .owningTeamId(solution.owningTeamId)
                .businessUnit(solution.businessUnit)
                .region(solution.region)
                .tierId(solution.tierId)
                .supportLevel(Enums.same(solution.supportLevel, SupportLevelDto.class))
                .dataSources(List.copyOf(solution.dataSources))
                .connectors(List.copyOf(solution.connectors))
                .description(solution.description)
                .businessJustification(solution.businessJustification)
                .mitigationPlanUrl(solution.mitigationPlanUrl)
                .externalRefs(solution.externalRefs.stream()
                        .map(SolutionMapper::toApi)
                        .toList())
                .lifecycleState(Enums.same(solution.lifecycleState, LifecycleStateDto.class))
                .publishedToEndUsers(solution.publishedToEndUsers)
                .version(solution.version)
                .createdAt(Timestamps.utc(solution.createdAt))
                .updatedAt(Timestamps.utc(solution.updatedAt));
        if (solution.environmentId != null) {
            api.setEnvironment(new EnvironmentDto()
                    .id(solution.environmentId)
                    .name(solution.environmentName)
                    .type(Enums.same(solution.environmentType, EnvironmentTypeDto.class)));
        }
        return api;
    }

    static ExternalRefDto toApi(Solution.ExternalRef ref) {
        return new ExternalRefDto()
                .system(ref.system())
                .externalId(ref.externalId())
                .url(ref.url())
                .lastSyncedAt(Timestamps.utc(ref.lastSyncedAt()));
    }

    static Solution.ExternalRef toEntity(ExternalRefDto ref) {
        return new Solution.ExternalRef(ref.getSystem(), ref.getExternalId(), ref.getUrl(), null);
    }

    static UsageSnapshotDto toApi(UsageSnapshot usage) {
        return new UsageSnapshotDto()
                .solutionId(usage.key.solutionId())
                .day(usage.key.day())
                .sharedUsers(usage.sharedUsers)
                .sharedGroups(usage.sharedGroups)
                .launches30d(usage.launches30d)
                .businessUnits(usage.businessUnits)
                .recordedAt(Timestamps.utc(usage.recordedAt));
    }
}
