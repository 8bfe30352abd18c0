package io.tierdesk.sla.policy;

import io.tierdesk.api.model.TicketCategoryDto;
import io.tierdesk.api.model.TicketPriorityDto;
import io.tierdesk.api.model.TicketStatusDto;
import io.tierdesk.common.TrackedEntity;
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
                priorities.stream().map(TicketPriorityDto::fromValue).toList(),
                calendarId,
                targets,
                pauseStatuses.stream().map(TicketStatusDto::fromValue).toList(),
                warningThresholds,
                escalateOnBreach,
                rank,
                enabled,
                categories.stream().map(TicketCategoryDto::fromValue).toList());
    }

    void apply(SlaPolicyTerms terms) {
        name = terms.name();
        tierIds = new ArrayList<>(terms.tierIds());
        priorities = new ArrayList<>(
                terms.priorities().stream().map(TicketPriorityDto::toString).toList());
        calendarId = terms.calendarId();
        targets = new ArrayList<>(terms.targets());
        pauseStatuses = new ArrayList<>(
                terms.pauseStatuses().stream().map(TicketStatusDto::toString).toList());
        warningThresholds = new ArrayList<>(terms.warningThresholds());
        escalateOnBreach = terms.escalateOnBreach();
        rank = terms.rank();
        enabled = terms.enabled();
        categories = new ArrayList<>(
                terms.categories().stream().map(TicketCategoryDto::toString).toList());
    }
}
