package io.tierdesk.knowledge;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The article that solved a ticket: one per ticket, counted as a deflection of the article. */
@Entity
@Table(name = "ticket_knowledge_links")
public class TicketKnowledgeLink {

    @Id
    @Column(name = "ticket_id")
    public UUID ticketId;

    @Column(name = "article_id")
    public UUID articleId;

    @Column(name = "linked_by")
    public String linkedBy;

    @Column(name = "linked_at")
    public OffsetDateTime linkedAt;
}
