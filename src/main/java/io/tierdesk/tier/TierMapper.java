package io.tierdesk.tier;

import io.tierdesk.api.model.GraduationThresholdsDto;
import io.tierdesk.api.model.SupportLevelDto;
import io.tierdesk.api.model.TierDto;
import io.tierdesk.api.model.TierPagingDto;
import io.tierdesk.common.Enums;
import io.tierdesk.ticketterms.TicketPriority;
import java.time.ZoneOffset;

final class TierMapper {

    private TierMapper() {}

    /** The paging settings of an update: {@code NONE} clears the raise priority. */
    static TicketPriority raisePriority(TierPagingDto paging) {
        return paging.getOnRaisePriority() == TierPagingDto.OnRaisePriorityEnum.NONE
                ? null
                : TicketPriority.valueOf(paging.getOnRaisePriority().name());
    }

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
                .paging(new TierPagingDto()
                        .onBreach(tier.pageOnBreach)
                        .onRaisePriority(
                                tier.pageOnRaisePriority == null
                                        ? TierPagingDto.OnRaisePriorityEnum.NONE
                                        : TierPagingDto.OnRaisePriorityEnum.valueOf(tier.pageOnRaisePriority.name())))
                .version(tier.version)
                .updatedAt(tier.updatedAt.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
