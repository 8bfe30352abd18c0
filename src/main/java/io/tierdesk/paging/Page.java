package io.tierdesk.paging;

import io.tierdesk.common.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A call for a response to a ticket. {@code level} and {@code cycle} say which level of which run through the
 * policy was notified last; {@code run} counts the restarts after un-acknowledgements, so every notification step
 * has its own (run, cycle, level).
 */
@Entity
@Table(name = "pages")
public class Page extends TrackedEntity {

    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "team_id")
    public UUID teamId;

    @Column(name = "tier_id")
    public String tierId;

    @Column(name = "escalation_policy_id")
    public UUID escalationPolicyId;

    @Enumerated(EnumType.STRING)
    @Column(name = "policy_rule")
    PagePolicyRule policyRule;

    @Enumerated(EnumType.STRING)
    PageTrigger trigger;

    public String reason;

    @Column(name = "raised_by")
    public String raisedBy;

    @Enumerated(EnumType.STRING)
    PageStatus status;

    public int level;

    public int cycle;

    public int run;

    @Column(name = "next_notification_at")
    public OffsetDateTime nextNotificationAt;

    @Column(name = "unanswered_at")
    public OffsetDateTime unansweredAt;

    @Column(name = "first_acknowledged_at")
    public OffsetDateTime firstAcknowledgedAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "resolved_by")
    public String resolvedBy;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    boolean isOpen() {
        return status != PageStatus.RESOLVED;
    }
}
