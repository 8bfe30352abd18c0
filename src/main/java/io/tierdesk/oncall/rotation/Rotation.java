package io.tierdesk.oncall.rotation;

import io.tierdesk.common.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A team's rotation; what it does over time is in its {@link RotationDefinition}s. */
@Entity
@Table(name = "rotations")
public class Rotation extends TrackedEntity {

    @Column(name = "team_id")
    public UUID teamId;

    public String name;

    @Column(name = "effective_from")
    public OffsetDateTime effectiveFrom;

    @Column(name = "effective_until")
    public OffsetDateTime effectiveUntil;
}
