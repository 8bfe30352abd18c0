package io.tierdesk.webhook;

import io.tierdesk.common.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
@Table(name = "webhook_subscriptions")
public class WebhookSubscription extends TrackedEntity {

    public String description;

    @Column(name = "target_url")
    public String targetUrl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "event_types")
    public List<String> eventTypes = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tier_ids")
    public List<String> tierIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "team_ids")
    public List<UUID> teamIds = new ArrayList<>();

    public boolean enabled;

    @Column(name = "disabled_reason")
    public String disabledReason;

    /** Needed in clear to sign; never returned after creation or rotation. */
    public String secret;

    @Column(name = "previous_secret")
    public String previousSecret;

    @Column(name = "previous_secret_expires_at")
    public OffsetDateTime previousSecretExpiresAt;

    /** When the current run of failed attempts began; null after a success. */
    @Column(name = "failing_since")
    public OffsetDateTime failingSince;

    @Column(name = "created_by")
    public String createdBy;
}
