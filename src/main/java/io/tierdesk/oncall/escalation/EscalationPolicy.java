package io.tierdesk.oncall.escalation;

import io.tierdesk.common.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A team's ordered escalation levels, each a rotation or a person after a delay. */
@Entity
@Table(name = "escalation_policies")
public class EscalationPolicy extends TrackedEntity {

    @Column(name = "team_id")
    public UUID teamId;

    public String name;

    /** Levels in order as {@code {delay_minutes, rotation_id, subject}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Map<String, Object>> levels;

    @Column(name = "repeat_count")
    public int repeatCount;
}
