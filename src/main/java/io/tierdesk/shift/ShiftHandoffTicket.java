package io.tierdesk.shift;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One of the team's open tickets as it stood at a handoff's boundary. */
@Entity
@Table(name = "shift_handoff_tickets")
public class ShiftHandoffTicket {

    @EmbeddedId
    public Key key;

    public String title;

    public String priority;

    public String status;

    @Column(name = "sla_state")
    public String slaState;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    @Column(name = "at_risk")
    public boolean atRisk;

    @Embeddable
    public record Key(
            @Column(name = "handoff_id") UUID handoffId,
            @Column(name = "ticket_id") UUID ticketId) implements Serializable {}
}
