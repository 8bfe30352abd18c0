package io.tierdesk.solution;

import io.tierdesk.api.model.Environment;
import io.tierdesk.api.model.ExternalRef;
import io.tierdesk.common.Timestamps;
import java.util.List;

final class SolutionMapper {

    private SolutionMapper() {
    }

    static io.tierdesk.api.model.Solution toApi(Solution solution) {
        io.tierdesk.api.model.Solution api = new io.tierdesk.api.model.Solution()
                .id(solution.id)
                .name(solution.name)
                .kind(solution.kind)
                .maker(solution.maker)
                .coOwners(List.copyOf(solution.coOwners))
                .owningTeamId(solution.owningTeamId)
                .businessUnit(solution.businessUnit)
                .tierId(solution.tierId)
                .supportLevel(solution.supportLevel)
                .dataSources(List.copyOf(solution.dataSources))
                .connectors(List.copyOf(solution.connectors))
                .description(solution.description)
                .businessJustification(solution.businessJustification)
                .mitigationPlanUrl(solution.mitigationPlanUrl)
                .externalRefs(solution.externalRefs.stream().map(SolutionMapper::toApi).toList())
                .lifecycleState(solution.lifecycleState)
                .version(solution.version)
                .createdAt(Timestamps.utc(solution.createdAt))
                .updatedAt(Timestamps.utc(solution.updatedAt));
        if (solution.environmentId != null) {
            api.setEnvironment(new Environment().id(solution.environmentId).name(solution.environmentName)
                    .type(solution.environmentType));
        }
        return api;
    }

    static ExternalRef toApi(Solution.ExternalRef ref) {
        return new ExternalRef().system(ref.system()).externalId(ref.externalId()).url(ref.url())
                .lastSyncedAt(Timestamps.utc(ref.lastSyncedAt()));
    }

    static Solution.ExternalRef toEntity(ExternalRef ref) {
        return new Solution.ExternalRef(ref.getSystem(), ref.getExternalId(), ref.getUrl(), null);
    }

    static io.tierdesk.api.model.UsageSnapshot toApi(UsageSnapshot usage) {
        return new io.tierdesk.api.model.UsageSnapshot()
                .solutionId(usage.key.solutionId())
                .day(usage.key.day())
                .sharedUsers(usage.sharedUsers)
                .sharedGroups(usage.sharedGroups)
                .launches30d(usage.launches30d)
                .businessUnits(usage.businessUnits)
                .recordedAt(Timestamps.utc(usage.recordedAt));
    }
}
