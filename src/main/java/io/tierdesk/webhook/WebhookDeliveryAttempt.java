package io.tierdesk.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Immutable;

/** One attempt of a delivery, as the receiver answered it; never changed once written. */
@Entity
@Immutable
@Table(name = "webhook_delivery_attempts")
public class WebhookDeliveryAttempt {

    /** What an attempt led to. */
    public enum Result {
        DELIVERED,
        WILL_RETRY,
        FAILED
    }

    @Id
    public UUID id;

    @Column(name = "delivery_id")
    public UUID deliveryId;

    /** The attempt's place among all attempts of the delivery, from 1, across redeliveries. */
    public int number;

    /** 0 for the delivery's first run, then one more for each redelivery. */
    public int round;

    @Column(name = "attempted_at")
    public OffsetDateTime attemptedAt;

    @Column(name = "status_code")
    public Integer statusCode;

    @Column(name = "latency_ms")
    public Integer latencyMs;

    @Column(name = "response_body")
    public String responseBody;

    @Enumerated(EnumType.STRING)
    public WebhookDeliveryError error;

    @Enumerated(EnumType.STRING)
    public Result outcome;
}
