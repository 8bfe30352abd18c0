package io.tierdesk.oncall.rotation;

import io.tierdesk.oncall.schedule.ShiftOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.Generated;

/** Someone (or nobody) on call instead of the rotation over a window; the newest wins where they overlap. */
@Entity
@Table(name = "rotation_overrides")
public class RotationOverride {

    @Id
    public UUID id;

    @Column(name = "rotation_id")
    public UUID rotationId;

    @Column(name = "start_at")
    public OffsetDateTime startAt;

    @Column(name = "end_at")
    public OffsetDateTime endAt;

    public String member;

    public String reason;

    @Generated
    @Column(name = "created_sequence", insertable = false, updatable = false)
    public Long createdSequence;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    ShiftOverride toShiftOverride() {
        return new ShiftOverride(id.toString(), startAt.toInstant(), endAt.toInstant(), member, createdSequence);
    }
}
