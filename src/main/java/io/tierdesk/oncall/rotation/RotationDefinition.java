package io.tierdesk.oncall.rotation;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** How a rotation hands over duty from {@code key.effectiveFrom} until the next definition of the same rotation. */
@Entity
@Table(name = "rotation_definitions")
public class RotationDefinition {

    @EmbeddedId
    public Key key;

    @Column(name = "time_zone")
    public String timeZone;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public String[] members;

    @Column(name = "shift_amount")
    public int shiftAmount;

    @Column(name = "shift_unit")
    public String shiftUnit;

    @Column(name = "handoff_anchor")
    public LocalDateTime handoffAnchor;

    /** Weekly windows as {@code {start_day, start_time, end_day, end_time}}. */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<Map<String, String>> restrictions;

    @Column(name = "restricted_time_consumes_turn")
    public boolean restrictedTimeConsumesTurn;

    @Embeddable
    public record Key(
            @Column(name = "rotation_id") UUID rotationId,
            @Column(name = "effective_from") OffsetDateTime effectiveFrom)
            implements Serializable {}

    RotationDefinition copyFrom(OffsetDateTime from) {
        RotationDefinition copy = new RotationDefinition();
        copy.key = new Key(key.rotationId(), from);
        copy.timeZone = timeZone;
        copy.members = members.clone();
        copy.shiftAmount = shiftAmount;
        copy.shiftUnit = shiftUnit;
        copy.handoffAnchor = handoffAnchor;
        copy.restrictions = restrictions;
        copy.restrictedTimeConsumesTurn = restrictedTimeConsumesTurn;
        return copy;
    }
}
