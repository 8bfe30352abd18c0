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

/**
 * An event waiting in (or already fanned out of) the outbox. {@code seq} orders events as they were written. What
 * an event says never changes: only {@code fannedOutAt} is ever updated. The payload columns are not updatable
 * also because the JSON map does not compare equal to its own snapshot, which would otherwise rewrite every new
 * event in the transaction that wrote it.
 */
@Entity
@Table(name = "outbox_events")
public class OutboxEvent {

    @Id
    public UUID id;

    @Column(insertable = false, updatable = false)
    public Long seq;

    @Column(updatable = false)
    public String type;

    @Column(name = "resource_type", updatable = false)
    public String resourceType;

    @Column(name = "resource_id", updatable = false)
    public UUID resourceId;

    @Column(name = "tier_id", updatable = false)
    public String tierId;

    @Column(name = "team_id", updatable = false)
    public UUID teamId;

    @Column(name = "occurred_at", updatable = false)
    public OffsetDateTime occurredAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(updatable = false)
    public Map<String, Object> data;

    @Column(name = "fanned_out_at")
    public OffsetDateTime fannedOutAt;
}
