package io.tierdesk.sla.store;

import io.tierdesk.sla.clock.SlaMetric;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A ticket's SLA clock as stored: the {@link SlaClockSnapshot} plus the policy terms it is pinned to. */
@Entity
@Table(name = "sla_clocks")
public class SlaClockRow {

    @EmbeddedId
    public Key key;

    @Column(name = "policy_id")
    public UUID policyId;

    @Column(name = "policy_version")
    public long policyVersion;

    @Column(name = "calendar_id")
    public UUID calendarId;

    /**
     * The version of the calendar in force, read with the row so that the calendar itself comes from memory when
     * that version was seen before; null for a row not read from the database, or whose calendar was changed since.
     */
    @Formula("(SELECT c.version FROM calendars c WHERE c.id = calendar_id)")
    public Long calendarVersion;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "target_seconds")
    public long targetSeconds;

    @Column(name = "excluded_seconds")
    public long excludedSeconds;

    @Column(name = "paused_since")
    public OffsetDateTime pausedSince;

    @Column(name = "stopped_at")
    public OffsetDateTime stoppedAt;

    @Column(name = "last_changed_at")
    public OffsetDateTime lastChangedAt;

    public int cycle;

    @Column(name = "ever_breached")
    public boolean everBreached;

    @Column(name = "breached_in_cycle")
    public boolean breachedInCycle;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "fired_warnings")
    public List<Integer> firedWarnings = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "warning_thresholds")
    public List<Integer> warningThresholds = new ArrayList<>();

    @Column(name = "escalate_on_breach")
    public boolean escalateOnBreach;

    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    @Column(name = "elapsed_seconds")
    public Long elapsedSeconds;

    @Column(name = "next_check_at")
    public OffsetDateTime nextCheckAt;

    @Embeddable
    public record Key(
            @Column(name = "ticket_id") UUID ticketId,

            @Enumerated(EnumType.STRING) @Column(name = "metric")
            SlaMetric metric)
            implements Serializable {}
}
