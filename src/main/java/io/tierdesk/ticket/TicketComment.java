package io.tierdesk.ticket;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

@Entity
@Table(name = "ticket_comments")
public class TicketComment {

    @Id
    public UUID id;

    @Column(name = "ticket_id")
    public UUID ticketId;

    public String author;

    @Enumerated(EnumType.STRING)
    public CommentVisibility visibility;

    public String body;

    @Column(name = "first_response")
    public boolean firstResponse;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;
}
