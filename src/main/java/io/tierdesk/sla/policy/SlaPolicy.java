package io.tierdesk.sla.policy;

import io.tierdesk.common.TrackedEntity;
import io.tierdesk.ticketterms.TicketCategory;
import io.tierdesk.ticketterms.TicketPriority;
import io.tierdesk.ticketterms.TicketStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The current version of an SLA policy; earlier versions live on as {@link SlaPolicyVersion} snapshots. */
@Entity
@Table(name = "sla_policies")
public class SlaPolicy extends TrackedEntity {

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "tier_ids")
    public List<String> tierIds = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> priorities = new ArrayList<>();

    /** Ticket categories this policy is a fast lane for; empty for a tier-only policy. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> categories = new ArrayList<>();

    @Column(name = "calendar_id")
    public UUID calendarId;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<SlaPolicyTerms.Target> targets = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "pause_statuses")
    public List<String> pauseStatuses = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "warning_thresholds")
    public List<Integer> warningThresholds = new ArrayList<>();

    @Column(name = "escalate_on_breach")
    public boolean escalateOnBreach;

    @Column(name = "rank")
    public int rank;

    public boolean enabled;

    public SlaPolicyTerms terms() {
        return new SlaPolicyTerms(
                name,
                tierIds,
                priorities.stream().map(TicketPriority::valueOf).toList(),
                calendarId,
                targets,
                pauseStatuses.stream().map(TicketStatus::valueOf).toList(),
                warningThresholds,
                escalateOnBreach,
                rank,
                enabled,
                categories.stream().map(TicketCategory::valueOf).toList());
    }

    void apply(SlaPolicyTerms terms) {
        name = terms.name();
        tierIds = new ArrayList<>(terms.tierIds());
        priorities = new ArrayList<>(
                terms.priorities().stream().map(TicketPriority::name).toList());
        calendarId = terms.calendarId();
        targets = new ArrayList<>(terms.targets());
        pauseStatuses = new ArrayList<>(
                terms.pauseStatuses().stream().map(TicketStatus::name).toList());
        warningThresholds = new ArrayList<>(terms.warningThresholds());
        escalateOnBreach = terms.escalateOnBreach();
        rank = terms.rank();
        enabled = terms.enabled();
        categories = new ArrayList<>(
                terms.categories().stream().map(TicketCategory::name).toList());
    }
}
