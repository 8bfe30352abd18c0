package io.tierdesk.tier;

import io.tierdesk.ticketterms.TicketPriority;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

@Entity
@Table(name = "tiers")
public class Tier {

    public static final String PRODUCTIVITY = "productivity";
    public static final String CRITICAL = "critical";

    @Id
    public String id;

    public String name;

    @Column(name = "rank")
    public int rank;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_level")
    public SupportLevel supportLevel;

    @Column(name = "partner_support_allowed")
    public boolean partnerSupportAllowed;

    /** Whether an SLA breach of one of this tier's tickets pages whoever is on call for the team holding it. */
    @Column(name = "page_on_breach")
    public boolean pageOnBreach;

    /** Tickets raised at this priority or a more urgent one page at once; null: none do. */
    @Enumerated(EnumType.STRING)
    @Column(name = "page_on_raise_priority")
    public TicketPriority pageOnRaisePriority;

    public String alm;

    @Column(name = "environment_strategy")
    public String environmentStrategy;

    @Column(name = "maker_permission_in_production")
    public String makerPermissionInProduction;

    @Column(name = "it_involvement")
    public String itInvolvement;

    @Column(name = "default_sla")
    public String defaultSla;

    @Column(name = "threshold_shared_users")
    public int thresholdSharedUsers;

    @Column(name = "threshold_shared_groups")
    public int thresholdSharedGroups;

    @Column(name = "threshold_launches_30d")
    public int thresholdLaunches30d;

    @Column(name = "threshold_business_units")
    public int thresholdBusinessUnits;

    @Version
    public long version;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** Whether a ticket raised at this priority pages at once. */
    public boolean pagesOnRaise(TicketPriority priority) {
        return pageOnRaisePriority != null && priority != null && priority.compareTo(pageOnRaisePriority) <= 0;
    }
}
