package io.tierdesk.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Who handed on-call duty to whom at one boundary of a rotation. Rows are inserted by {@link ShiftHandoffRecorder}. */
@Entity
@Table(name = "shift_handoffs")
public class ShiftHandoff {

    @Id
    public UUID id;

    @Column(name = "rotation_id")
    public UUID rotationId;

    @Column(name = "team_id")
    public UUID teamId;

    @Column(name = "boundary_at")
    public OffsetDateTime boundaryAt;

    @Column(name = "outgoing_member")
    public String outgoingMember;

    @Column(name = "incoming_member")
    public String incomingMember;

    public String notes;

    @Column(name = "notes_at")
    public OffsetDateTime notesAt;

    @Column(name = "acknowledged_by")
    public String acknowledgedBy;

    @Column(name = "acknowledged_at")
    public OffsetDateTime acknowledgedAt;

    @Column(name = "open_tickets")
    public int openTickets;

    @Column(name = "at_risk_tickets")
    public int atRiskTickets;

    @Version
    public long version;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    boolean isAcknowledged() {
        return acknowledgedAt != null;
    }
}
