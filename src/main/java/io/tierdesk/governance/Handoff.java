package io.tierdesk.governance;

import io.tierdesk.common.TrackedEntity;
import io.tierdesk.tier.SupportLevel;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "handoffs")
public class Handoff extends TrackedEntity {

    @Column(name = "solution_id")
    public UUID solutionId;

    @Column(name = "graduation_request_id")
    public UUID graduationRequestId;

    @Column(name = "target_tier_id")
    public String targetTierId;

    @Column(name = "to_team_id")
    public UUID toTeamId;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level")
    public SupportLevel toLevel;

    public String reason;

    @Column(name = "proposed_by")
    public String proposedBy;

    @Enumerated(EnumType.STRING)
    public HandoffStatus status;

    @ElementCollection
    @CollectionTable(name = "handoff_checklist_items", joinColumns = @JoinColumn(name = "handoff_id"))
    @OrderBy("code")
    public List<Item> checklist = new ArrayList<>();

    @Column(name = "rerouted_tickets")
    public Integer reroutedTickets;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    Item item(ChecklistItemCode code) {
        return checklist.stream().filter(item -> item.code == code).findFirst().orElse(null);
    }

    @Embeddable
    public static class Item {

        @Enumerated(EnumType.STRING)
        public ChecklistItemCode code;

        public boolean required;

        public boolean done;

        public String evidence;

        @Column(name = "ticked_by")
        public String tickedBy;

        @Column(name = "ticked_at")
        public OffsetDateTime tickedAt;

        Item() {}

        Item(ChecklistItemCode code, boolean required) {
            this.code = code;
            this.required = required;
        }
    }
}
