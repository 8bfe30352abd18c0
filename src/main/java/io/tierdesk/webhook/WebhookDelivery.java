package io.tierdesk.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event on its way to one subscription, with the outcome of its last attempt. */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDelivery {

    @Id
    public UUID id;

    @Column(name = "subscription_id")
    public UUID subscriptionId;

    @Column(name = "event_id")
    public UUID eventId;

    @Column(name = "event_seq")
    public long eventSeq;

    @Column(name = "event_type")
    public String eventType;

    @Column(name = "resource_id")
    public UUID resourceId;

    @Enumerated(EnumType.STRING)
    public WebhookDeliveryStatus status;

    public int attempts;

    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "retry_until")
    public OffsetDateTime retryUntil;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "last_attempt_at")
    public OffsetDateTime lastAttemptAt;

    @Column(name = "last_status_code")
    public Integer lastStatusCode;

    @Column(name = "last_latency_ms")
    public Integer lastLatencyMs;

    @Column(name = "last_response_body")
    public String lastResponseBody;

    @Column(name = "last_error")
    @Enumerated(EnumType.STRING)
    public WebhookDeliveryError lastError;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    /** How many times the delivery was sent again by hand after it finished. */
    public int redeliveries;

    @Version
    public long version;
}
