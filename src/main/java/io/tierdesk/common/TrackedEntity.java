package io.tierdesk.common;

import io.quarkus.arc.Arc;
import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The bookkeeping a changeable resource carries: its id, an optimistic-lock version, and when it was created and
 * last changed. A new row is stamped with the application's clock when it is persisted (Hibernate's own timestamps
 * would read the system clock, not the injected one); a change is stamped by {@link #touch}, which the journal
 * calls when it records the change.
 */
@MappedSuperclass
public abstract class TrackedEntity {

    @Id
    public UUID id;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    /** The API form the journal recorded of this instance, reused by the response while unchanged. */
    @Transient
    ApiForms.Recorded recordedForm;

    /** Marks the resource as changed at this time. */
    public void touch(OffsetDateTime at) {
        updatedAt = at;
    }

    @PrePersist
    void stampCreation() {
        if (createdAt == null) {
            createdAt = Timestamps.now(Arc.container().instance(Clock.class).get());
        }
        if (updatedAt == null) {
            updatedAt = createdAt;
        }
    }
}
