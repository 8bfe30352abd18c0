package io.tierdesk.escalation;

import io.tierdesk.tier.SupportLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One allowed step of a graph: from a level to a level, for some tiers (none listed: all), under a condition. */
@Embeddable
public class EscalationStep {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level")
    public SupportLevel fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level")
    public SupportLevel toLevel;

    @Enumerated(EnumType.STRING)
    public StepCondition condition = StepCondition.ALWAYS;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tier_ids")
    public List<String> tierIds = new ArrayList<>();

    /** The team that takes the ticket when the escalation names none. */
    @Column(name = "team_id")
    public UUID teamId;

    public String note;
}
