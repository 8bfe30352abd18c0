package io.tierdesk.routing;

import io.tierdesk.tier.SupportLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One published version of the routing table; its rules are {@link RoutingRule} rows. Never changed once written. */
@Entity
@Table(name = "routing_tables")
public class RoutingTable {

    @Id
    public int version;

    @Enumerated(EnumType.STRING)
    @Column(name = "default_level")
    public SupportLevel defaultLevel;

    @Column(name = "default_team_id")
    public UUID defaultTeamId;

    public String note;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
