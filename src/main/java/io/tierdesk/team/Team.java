package io.tierdesk.team;

import io.tierdesk.common.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

@Entity
@Table(name = "teams")
public class Team extends TrackedEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public TeamKind kind;

    @Column(name = "business_unit")
    public String businessUnit;

    public String description;

    /** The escalation policy the team's pages follow; null leaves the choice to the documented rule. */
    @Column(name = "escalation_policy_id")
    public UUID escalationPolicyId;
}
