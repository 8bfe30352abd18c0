package io.tierdesk.solution;

import io.tierdesk.common.TrackedEntity;
import io.tierdesk.tier.SupportLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "solutions")
public class Solution extends TrackedEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public SolutionKind kind;

    public String maker;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "co_owners")
    public List<String> coOwners = new ArrayList<>();

    @Column(name = "owning_team_id")
    public UUID owningTeamId;

    @Column(name = "business_unit")
    public String businessUnit;

    /** Where the solution runs, lower-cased; vendor advisories are matched on it. */
    public String region;

    @Column(name = "environment_id")
    public String environmentId;

    @Column(name = "environment_name")
    public String environmentName;

    @Enumerated(EnumType.STRING)
    @Column(name = "environment_type")
    public EnvironmentType environmentType;

    @Column(name = "tier_id")
    public String tierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_level")
    public SupportLevel supportLevel;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "data_sources")
    public List<String> dataSources = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> connectors = new ArrayList<>();

    public String description;

    @Column(name = "business_justification")
    public String businessJustification;

    @Column(name = "mitigation_plan_url")
    public String mitigationPlanUrl;

    @ElementCollection
    @CollectionTable(name = "solution_external_refs", joinColumns = @JoinColumn(name = "solution_id"))
    public List<ExternalRef> externalRefs = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "lifecycle_state")
    public LifecycleState lifecycleState;

    /** Whether its owner offers it to end users: the catalogue lists it, and requesters raise tickets about it. */
    @Column(name = "published_to_end_users")
    public boolean publishedToEndUsers;

    /** Published to end users and not archived: what a requester may know exists. */
    public boolean availableToEndUsers() {
        return publishedToEndUsers && lifecycleState != LifecycleState.ARCHIVED;
    }

    /** Whether the subject made or co-owns this solution. */
    public boolean ownedBy(String subject) {
        return maker.equals(subject) || coOwners.contains(subject);
    }

    /** A reference to this solution in another system; {@code lastSyncedAt} is when it was last written. */
    @Embeddable
    public record ExternalRef(
            String system,
            @Column(name = "external_id") String externalId,
            String url,
            @Column(name = "last_synced_at") OffsetDateTime lastSyncedAt) {

        boolean sameTarget(ExternalRef other) {
            return system.equals(other.system) && externalId.equals(other.externalId);
        }

        /**
         * This reference as requested now: it keeps the sync time of the same reference among {@code previous}
         * when its URL did not change, and takes {@code now} otherwise.
         */
        ExternalRef syncedAgainst(List<ExternalRef> previous, OffsetDateTime now) {
            return previous.stream()
                    .filter(old -> old.sameTarget(this) && Objects.equals(old.url, url))
                    .findFirst()
                    .map(old -> new ExternalRef(system, externalId, url, old.lastSyncedAt))
                    .orElse(new ExternalRef(system, externalId, url, now));
        }
    }
}
