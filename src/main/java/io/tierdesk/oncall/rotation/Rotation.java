package io.tierdesk.oncall.rotation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A team's rotation; what it does over time is in its {@link RotationDefinition}s. */
@Entity
@Table(name = "rotations")
public class Rotation {

    @Id
    public UUID id;

    @Column(name = "team_id")
    public UUID teamId;

    public String name;

    @Column(name = "effective_from")
    public OffsetDateTime effectiveFrom;

    @Column(name = "effective_until")
    public OffsetDateTime effectiveUntil;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
