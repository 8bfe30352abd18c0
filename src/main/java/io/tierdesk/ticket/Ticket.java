package io.tierdesk.ticket;

import io.tierdesk.common.TrackedEntity;
import io.tierdesk.ticketterms.TicketCategory;
import io.tierdesk.ticketterms.TicketPriority;
import io.tierdesk.ticketterms.TicketStatus;
import io.tierdesk.tier.SupportLevel;
import jakarta.persistence.Basic;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.DynamicUpdate;

/**
 * A ticket as stored. An update names only the columns that changed: PostgreSQL recomputes the stored search
 * document (stemming of title and description in two languages) whenever an {@code UPDATE} names either, and
 * would otherwise do so at every status change, comment and escalation.
 */
@Entity
@Table(name = "tickets")
@DynamicUpdate
public class Ticket extends TrackedEntity {

    public String requester;

    @Column(name = "solution_id")
    public UUID solutionId;

    @Enumerated(EnumType.STRING)
    public TicketCategory category;

    @Enumerated(EnumType.STRING)
    public TicketPriority priority;

    public String title;

    public String description;

    @Enumerated(EnumType.STRING)
    public TicketStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "support_level")
    public SupportLevel supportLevel;

    @Column(name = "team_id")
    public UUID teamId;

    public String assignee;

    @Column(name = "tier_id")
    public String tierId;

    /** The tier of the ticket's solution now; {@link #tierId} stays the tier it was raised under. */
    @Column(name = "served_tier_id")
    public String servedTierId;

    /** The support level of the ticket's solution now (its tier's, without a solution). */
    @Enumerated(EnumType.STRING)
    @Column(name = "served_support_level")
    public SupportLevel servedSupportLevel;

    /** The SLA policy and version the ticket's clocks run under; null without clocks. */
    @Column(name = "sla_policy_id")
    public UUID slaPolicyId;

    @Column(name = "sla_policy_version")
    public Long slaPolicyVersion;

    @Column(name = "routing_reason")
    public String routingReason;

    /** The version of the routing table that routed the ticket when it was raised. */
    @Column(name = "routing_table_version")
    public Integer routingTableVersion;

    /** The rule of that version that routed it; null when the table's default did. */
    @Column(name = "routing_rule_position")
    public Integer routingRulePosition;

    @Column(name = "vendor_case_ref")
    public String vendorCaseRef;

    /** The vendor advisory the ticket is linked to instead of a vendor case of its own. */
    @Column(name = "vendor_advisory_id")
    public UUID vendorAdvisoryId;

    @Column(name = "kb_candidate")
    public boolean kbCandidate;

    @Column(name = "kb_summary")
    public String kbSummary;

    @Column(name = "reopen_count")
    public int reopenCount;

    /** The soonest due time of the running SLA clocks, kept here so queues sort and filter on one table. */
    @Column(name = "due_at")
    public OffsetDateTime dueAt;

    public boolean breached;

    /** Who was last paged about this ticket, when a breach escalated it on a Critical solution. */
    @Column(name = "paged_subject")
    public String pagedSubject;

    @Column(name = "paged_at")
    public OffsetDateTime pagedAt;

    @ElementCollection
    @CollectionTable(name = "ticket_external_refs", joinColumns = @JoinColumn(name = "ticket_id"))
    public List<ExternalRef> externalRefs = new ArrayList<>();

    @Column(name = "first_responded_at")
    public OffsetDateTime firstRespondedAt;

    @Column(name = "resolved_at")
    public OffsetDateTime resolvedAt;

    @Column(name = "closed_at")
    public OffsetDateTime closedAt;

    /**
     * The full-text document of title, description and public comments, in every language the knowledge base
     * speaks; kept by the database (a generated column fed by a comment trigger), named only in search conditions
     * and never loaded.
     */
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "search_vector", insertable = false, updatable = false, columnDefinition = "tsvector")
    String searchVector;

    public boolean isOpen() {
        return status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED;
    }

    /** A reference to this ticket in another system; {@code lastSyncedAt} is when it was last written. */
    @Embeddable
    public record ExternalRef(
            String system,
            @Column(name = "external_id") String externalId,
            String url,
            @Column(name = "last_synced_at") OffsetDateTime lastSyncedAt) {

        boolean sameTarget(ExternalRef other) {
            return system.equals(other.system) && externalId.equals(other.externalId);
        }

        /**
         * This reference as requested now: it keeps the sync time of the same reference among {@code previous}
         * when its URL did not change, and takes {@code now} otherwise.
         */
        ExternalRef syncedAgainst(List<ExternalRef> previous, OffsetDateTime now) {
            return previous.stream()
                    .filter(old -> old.sameTarget(this) && Objects.equals(old.url, url))
                    .findFirst()
                    .map(old -> new ExternalRef(system, externalId, url, old.lastSyncedAt))
                    .orElse(new ExternalRef(system, externalId, url, now));
        }
    }
}
