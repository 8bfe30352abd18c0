package io.tierdesk.oncall.feed;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
class FeedTokenRepository implements PanacheRepositoryBase<FeedToken, UUID> {

    Optional<FeedToken> activeByHash(String hash) {
        return find("tokenHash = ?1 and revokedAt is null", hash).firstResultOptional();
    }

    /** How many of the owner's tokens are neither revoked nor expired. */
    long countActive(String owner, OffsetDateTime now) {
        return count("owner = ?1 and revokedAt is null and (expiresAt is null or expiresAt > ?2)", owner, now);
    }

    /** The owner's tokens, newest first. */
    List<FeedToken> page(String owner, OffsetDateTime afterCreated, UUID afterId, int fetch) {
        if (afterCreated == null) {
            return find("owner = ?1 order by createdAt desc, id desc", owner)
                    .page(0, fetch)
                    .list();
        }
        return find(
                        "owner = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3)) order by createdAt desc, id desc",
                        owner,
                        afterCreated,
                        afterId)
                .page(0, fetch)
                .list();
    }
}
