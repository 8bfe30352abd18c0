package io.tierdesk.knowledge;

import io.tierdesk.common.TrackedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A knowledge-base article. Its search vector is a generated column the database keeps; it is not mapped. */
@Entity
@Table(name = "knowledge_articles")
public class KnowledgeArticle extends TrackedEntity {

    public String title;

    public String body;

    @Convert(converter = LanguageConverter.class)
    public KnowledgeLanguage language;

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> tags = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> categories = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "solution_ids")
    public List<UUID> solutionIds = new ArrayList<>();

    @Column(name = "owner_subject")
    public String ownerSubject;

    @Column(name = "owner_team_id")
    public UUID ownerTeamId;

    @Enumerated(EnumType.STRING)
    public KnowledgeArticleState state;

    @Column(name = "review_by")
    public LocalDate reviewBy;

    @Column(name = "stale_notified_for")
    public LocalDate staleNotifiedFor;

    @Column(name = "source_ticket_id")
    public UUID sourceTicketId;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    @Column(name = "retired_at")
    public OffsetDateTime retiredAt;

    /** Published and past its review date. */
    public boolean staleOn(LocalDate today) {
        return state == KnowledgeArticleState.PUBLISHED && reviewBy != null && reviewBy.isBefore(today);
    }

    /** Stores the language as the PostgreSQL text-search configuration name it selects. */
    @jakarta.persistence.Converter
    static class LanguageConverter implements jakarta.persistence.AttributeConverter<KnowledgeLanguage, String> {
        @Override
        public String convertToDatabaseColumn(KnowledgeLanguage language) {
            return language == null ? null : language.textSearchConfiguration();
        }

        @Override
        public KnowledgeLanguage convertToEntityAttribute(String value) {
            return value == null ? null : KnowledgeLanguage.ofTextSearchConfiguration(value);
        }
    }
}
