package io.tierdesk.solution;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "solution_usage")
public class UsageSnapshot {

    @EmbeddedId
    public Key key;

    @Column(name = "shared_users")
    public int sharedUsers;

    @Column(name = "shared_groups")
    public int sharedGroups;

    @Column(name = "launches_30d")
    public int launches30d;

    @Column(name = "business_units")
    public int businessUnits;

    @Column(name = "recorded_at")
    public OffsetDateTime recordedAt;

    @Embeddable
    public record Key(
            @Column(name = "solution_id") UUID solutionId,
            @Column(name = "day") LocalDate day) implements Serializable {}
}
