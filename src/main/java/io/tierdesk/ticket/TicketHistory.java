package io.tierdesk.ticket;

import io.tierdesk.ticketterms.TicketStatus;
import io.tierdesk.tier.SupportLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One step in a ticket's life: where it went, who moved it and why. */
@Entity
@Table(name = "ticket_history")
public class TicketHistory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ticket_id")
    public UUID ticketId;

    public OffsetDateTime at;

    public String actor;

    @Enumerated(EnumType.STRING)
    public TicketHistoryKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level")
    public SupportLevel fromLevel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level")
    public SupportLevel toLevel;

    @Column(name = "from_team_id")
    public UUID fromTeamId;

    @Column(name = "to_team_id")
    public UUID toTeamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_status")
    public TicketStatus fromStatus;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_status")
    public TicketStatus toStatus;

    public String detail;

    public String reason;

    /** On an escalation: the published escalation graph version that allowed the step. */
    @Column(name = "escalation_graph_version")
    public Integer escalationGraphVersion;

    /** On an escalation: which team took the ticket and why. */
    @Column(name = "team_choice")
    public String teamChoice;
}
