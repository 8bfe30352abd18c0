package io.tierdesk.tier;

import io.tierdesk.api.model.GraduationThresholds;
import java.time.ZoneOffset;

final class TierMapper {

    private TierMapper() {
    }

    static io.tierdesk.api.model.Tier toApi(Tier tier) {
        return new io.tierdesk.api.model.Tier()
                .id(tier.id)
                .name(tier.name)
                .rank(tier.rank)
                .description(tier.description)
                .supportLevel(tier.supportLevel)
                .partnerSupportAllowed(tier.partnerSupportAllowed)
                .alm(tier.alm)
                .environmentStrategy(tier.environmentStrategy)
                .makerPermissionInProduction(tier.makerPermissionInProduction)
                .itInvolvement(tier.itInvolvement)
                .defaultSla(tier.defaultSla)
                .graduationThresholds(new GraduationThresholds()
                        .sharedUsers(tier.thresholdSharedUsers)
                        .sharedGroups(tier.thresholdSharedGroups)
                        .launches30d(tier.thresholdLaunches30d)
                        .businessUnits(tier.thresholdBusinessUnits))
                .version(tier.version)
                .updatedAt(tier.updatedAt.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
