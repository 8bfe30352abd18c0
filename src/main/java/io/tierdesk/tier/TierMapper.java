package io.tierdesk.tier;

import io.tierdesk.api.model.GraduationThresholdsDto;
import io.tierdesk.api.model.SupportLevelDto;
import io.tierdesk.api.model.TierDto;
import io.tierdesk.common.Enums;
import java.time.ZoneOffset;

final class TierMapper {

    private TierMapper() {}

    static TierDto toApi(Tier tier) {
        return new TierDto()
                .id(tier.id)
                .name(tier.name)
                .rank(tier.rank)
                .description(tier.description)
                .supportLevel(Enums.same(tier.supportLevel, SupportLevelDto.class))
                .partnerSupportAllowed(tier.partnerSupportAllowed)
                .alm(tier.alm)
                .environmentStrategy(tier.environmentStrategy)
                .makerPermissionInProduction(tier.makerPermissionInProduction)
                .itInvolvement(tier.itInvolvement)
                .defaultSla(tier.defaultSla)
                .graduationThresholds(new GraduationThresholdsDto()
                        .sharedUsers(tier.thresholdSharedUsers)
                        .sharedGroups(tier.thresholdSharedGroups)
                        .launches30d(tier.thresholdLaunches30d)
                        .businessUnits(tier.thresholdBusinessUnits))
                .version(tier.version)
                .updatedAt(tier.updatedAt.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
