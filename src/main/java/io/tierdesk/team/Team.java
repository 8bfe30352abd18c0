package io.tierdesk.team;

import io.tierdesk.api.model.TeamKindDto;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "teams")
public class Team {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public TeamKindDto kind;

    @Column(name = "business_unit")
    public String businessUnit;

    public String description;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
