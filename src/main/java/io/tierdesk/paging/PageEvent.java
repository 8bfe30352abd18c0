package io.tierdesk.paging;

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

/** One step on a page's timeline. */
@Entity
@Table(name = "page_events")
class PageEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "page_id")
    UUID pageId;

    @Enumerated(EnumType.STRING)
    PageEventKind kind;

    int run;

    Integer cycle;

    Integer level;

    String subject;

    String actor;

    String note;

    OffsetDateTime at;
}
