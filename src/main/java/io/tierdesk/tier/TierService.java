package io.tierdesk.tier;

import io.tierdesk.api.model.GraduationThresholdsDto;
import io.tierdesk.api.model.TierUpdateDto;
import io.tierdesk.common.ETags;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.journal.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;

@ApplicationScoped
public class TierService {

    private final TierRepository tiers;
    private final Journal journal;

    TierService(TierRepository tiers, Journal journal) {
        this.tiers = tiers;
        this.journal = journal;
    }

    /** The tier with this id, or a 404 problem. */
    public Tier get(String id) {
        Tier tier = tiers.findById(id);
        if (tier == null) {
            throw new NotFound("tier", id);
        }
        return tier;
    }

    /** The tier with this id, or a 422 problem naming the field that referred to it. */
    public Tier require(String id, String field) {
        Tier tier = id == null ? null : tiers.findById(id);
        if (tier == null) {
            throw new RuleViolation("unknown-tier", "Unknown tier", "The " + field + " '" + id + "' names no tier.");
        }
        return tier;
    }

    @Transactional
    public Tier update(String id, TierUpdateDto change, String ifMatch) {
        Tier tier = get(id);
        ETags.checkIfMatch(ifMatch, tier.version);
        var before = TierMapper.toApi(tier);
        if (change.getName() != null) {
            tier.name = change.getName();
        }
        if (change.getDescription() != null) {
            tier.description = change.getDescription();
        }
        if (change.getAlm() != null) {
            tier.alm = change.getAlm();
        }
        if (change.getEnvironmentStrategy() != null) {
            tier.environmentStrategy = change.getEnvironmentStrategy();
        }
        if (change.getMakerPermissionInProduction() != null) {
            tier.makerPermissionInProduction = change.getMakerPermissionInProduction();
        }
        if (change.getItInvolvement() != null) {
            tier.itInvolvement = change.getItInvolvement();
        }
        if (change.getDefaultSla() != null) {
            tier.defaultSla = change.getDefaultSla();
        }
        if (change.getPartnerSupportAllowed() != null) {
            tier.partnerSupportAllowed = change.getPartnerSupportAllowed();
        }
        GraduationThresholdsDto thresholds = change.getGraduationThresholds();
        if (thresholds != null) {
            tier.thresholdSharedUsers = thresholds.getSharedUsers();
            tier.thresholdSharedGroups = thresholds.getSharedGroups();
            tier.thresholdLaunches30d = thresholds.getLaunches30d();
            tier.thresholdBusinessUnits = thresholds.getBusinessUnits();
        }
        if (change.getPaging() != null) {
            tier.pageOnBreach = change.getPaging().getOnBreach();
            tier.pageOnRaisePriority = TierMapper.raisePriority(change.getPaging());
        }
        tier.updatedAt = journal.now();
        tiers.flush();
        journal.record("tier.updated", Journal.Subject.of("tier", tier.id), before, TierMapper.toApi(tier));
        return tier;
    }

    /** Tiers in rank order, after the rank of the previous page. */
    public List<Tier> page(Integer afterRank, int fetch) {
        return tiers.pageAfterRank(afterRank, fetch);
    }
}
