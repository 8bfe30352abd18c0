package io.tierdesk.team;

import io.tierdesk.common.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

@Entity
@Table(name = "teams")
public class Team extends TrackedEntity {

    public String name;

    @Enumerated(EnumType.STRING)
    public TeamKind kind;

    @Column(name = "business_unit")
    public String businessUnit;

    public String description;
}
