package io.tierdesk.sla.store;

import io.tierdesk.sla.clock.SlaMetric;
import io.tierdesk.sla.clock.SlaTransition;
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

/** One recorded {@link SlaTransition} of a ticket's clock. */
@Entity
@Table(name = "sla_clock_events")
public class SlaClockEventRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ticket_id")
    public UUID ticketId;

    @Enumerated(EnumType.STRING)
    public SlaMetric metric;

    @Enumerated(EnumType.STRING)
    public SlaTransition.Type type;

    public OffsetDateTime at;

    public int cycle;

    @Column(name = "pause_reason")
    public String pauseReason;

    @Column(name = "warning_percent")
    public Integer warningPercent;

    @Column(name = "previous_target_seconds")
    public Long previousTargetSeconds;

    @Column(name = "new_target_seconds")
    public Long newTargetSeconds;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;
}
