package io.tierdesk.team;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "team_members")
public class TeamMember {

    @EmbeddedId
    public Key key;

    @Enumerated(EnumType.STRING)
    public TeamRole role;

    @Column(name = "added_at")
    public OffsetDateTime addedAt;

    @Embeddable
    public record Key(
            @Column(name = "team_id") UUID teamId,
            @Column(name = "subject") String subject) implements Serializable {}
}
