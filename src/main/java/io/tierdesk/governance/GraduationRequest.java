package io.tierdesk.governance;

import io.tierdesk.api.model.GraduationRequestStatusDto;
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
@Table(name = "graduation_requests")
public class GraduationRequest {

    @Id
    public UUID id;

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
    public GraduationRequestStatusDto status;

    @Column(name = "decision_reason")
    public String decisionReason;

    @Column(name = "decided_by")
    public String decidedBy;

    @Column(name = "decided_at")
    public OffsetDateTime decidedAt;

    @Column(name = "handoff_id")
    public UUID handoffId;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;
}
