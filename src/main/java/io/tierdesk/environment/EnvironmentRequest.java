package io.tierdesk.environment;

import io.tierdesk.common.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "environment_requests")
public class EnvironmentRequest extends TrackedEntity {

    @Column(name = "display_name")
    public String displayName;

    @Enumerated(EnumType.STRING)
    public EnvironmentRequestType type;

    public String region;

    public String purpose;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "requested_admins")
    public List<String> requestedAdmins = new ArrayList<>();

    @Column(name = "security_group")
    public String securityGroup;

    public boolean dataverse;

    @Column(name = "expiry_days")
    public Integer expiryDays;

    @Column(name = "tier_id")
    public String tierId;

    public String requester;

    @Enumerated(EnumType.STRING)
    public EnvironmentRequestStatus status;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    /** When the request (re-)entered the provisioning queue; the queue is served oldest first. */
    @Column(name = "queued_at")
    public OffsetDateTime queuedAt;

    @Column(name = "lease_owner")
    public String leaseOwner;

    @Column(name = "lease_expires_at")
    public OffsetDateTime leaseExpiresAt;

    public int attempts;

    @Column(name = "environment_id")
    public String environmentId;

    @Column(name = "environment_url")
    public String environmentUrl;

    public String error;

    @Column(name = "provisioned_at")
    public OffsetDateTime provisionedAt;

    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "expiry_warned_at")
    public OffsetDateTime expiryWarnedAt;
}
