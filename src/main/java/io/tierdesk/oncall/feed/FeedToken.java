package io.tierdesk.oncall.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A revocable secret with which a calendar client reads its owner's on-call feeds; only its hash is kept. */
@Entity
@Table(name = "feed_tokens")
public class FeedToken {

    @Id
    public UUID id;

    public String owner;

    public String name;

    @Column(name = "token_hash")
    public String tokenHash;

    /**
     * Whether the owner saw every team's rotations (helpdesk, auditor, platform, admin) when creating it; the token
     * sees every team only while the owner's last-known roles still include one of those.
     */
    @Column(name = "sees_all")
    public boolean seesAll;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    /** When it stops opening feeds; null for never. */
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    boolean activeAt(OffsetDateTime now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
