package io.tierdesk.governance;

import io.tierdesk.common.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "graduation_requests")
public class GraduationRequest extends TrackedEntity {

    @Column(name = "solution_id")
    public UUID solutionId;

    @Column(name = "from_tier_id")
    public String fromTierId;

    @Column(name = "to_tier_id")
    public String toTierId;

    public String justification;

    @Column(name = "requested_by")
    public String requestedBy;

    @Enumerated(EnumType.STRING)
    public GraduationRequestStatus status;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "handoff_id")
    public UUID handoffId;
}
