package io.tierdesk.oncall.escalation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A team's ordered escalation levels, each a rotation or a person after a delay. */
@Entity
@Table(name = "escalation_policies")
public class EscalationPolicy {

    @Id
    public UUID id;

    @Column(name = "team_id")
    public UUID teamId;

    public String name;

    /** Levels in order as {@code {delay_minutes, rotation_id, subject}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Map<String, Object>> levels;

    @Column(name = "repeat_count")
    public int repeatCount;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
