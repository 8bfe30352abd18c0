package io.tierdesk.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An event waiting in (or already fanned out of) the outbox. {@code seq} orders events as they were written. */
@Entity
@Table(name = "outbox_events")
public class OutboxEvent {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    public String type;

    @Column(name = "resource_type")
    public String resourceType;

    @Column(name = "resource_id")
    public UUID resourceId;

    @Column(name = "tier_id")
    public String tierId;

    @Column(name = "team_id")
    public UUID teamId;

    @Column(name = "occurred_at")
    public OffsetDateTime occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    public Map<String, Object> data;

    @Column(name = "fanned_out_at")
    public OffsetDateTime fannedOutAt;
}
