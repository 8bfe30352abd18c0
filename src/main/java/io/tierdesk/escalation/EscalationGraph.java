package io.tierdesk.escalation;

import io.tierdesk.common.TrackedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.ListIndexBase;

/** A graph of allowed escalation steps: a draft until published, then frozen under its published version. */
@Entity
@Table(name = "escalation_graphs")
public class EscalationGraph extends TrackedEntity {

    @Enumerated(EnumType.STRING)
    public GraphState state;

    @Column(name = "published_version")
    public Integer publishedVersion;

    public String note;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "published_by")
    public String publishedBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @ElementCollection
    @CollectionTable(name = "escalation_graph_steps", joinColumns = @JoinColumn(name = "graph_id"))
    @OrderColumn(name = "position")
    @ListIndexBase(1)
    public List<EscalationStep> steps = new ArrayList<>();
}
