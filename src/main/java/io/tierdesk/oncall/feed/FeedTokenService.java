package io.tierdesk.oncall.feed;

import io.quarkus.security.UnauthorizedException;
import io.tierdesk.api.model.FeedTokenCreateDto;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.OwnerQuota;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import io.tierdesk.oncall.access.OnCallAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Calendar feed tokens: a secret shown once, kept only as its SHA-256, that opens its owner's on-call feeds and
 * nothing else (it is not a JWT, so no bearer-authenticated endpoint accepts it). It may expire, and an owner holds
 * at most {@code tierdesk.oncall.feed-tokens.max-per-owner} active ones.
 */
@ApplicationScoped
class FeedTokenService {

    static final String PREFIX = "tdfeed_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final FeedTokenRepository tokens;
    private final OnCallAccess access;
    private final OwnerQuota quota;
    private final FeedTokenConfig config;
    private final Journal journal;
    private final Clock clock;

    FeedTokenService(
            FeedTokenRepository tokens,
            OnCallAccess access,
            OwnerQuota quota,
            FeedTokenConfig config,
            Journal journal,
            Clock clock) {
        this.tokens = tokens;
        this.access = access;
        this.quota = quota;
        this.config = config;
        this.journal = journal;
        this.clock = clock;
    }

    /** The created token and its secret, which is not kept. */
    record Created(FeedToken token, String secret) {}

    @Transactional
    public Created create(FeedTokenCreateDto request) {
        String owner = access.subject();
        OffsetDateTime now = Timestamps.now(clock);
        OffsetDateTime expiresAt = checkedExpiry(request.getExpiresAt(), now);
        quota.require("active feed tokens", owner, config.maxPerOwner(), () -> tokens.countActive(owner, now));
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        FeedToken token = new FeedToken();
        token.id = UUID.randomUUID();
        token.owner = owner;
        token.name = request.getName();
        token.tokenHash = hash(secret);
        token.seesAll = access.readsAllTeams();
        token.createdAt = now;
        token.expiresAt = expiresAt;
        tokens.persist(token);
        tokens.flush();
        journal.record(
                "feed_token.created", Journal.Subject.of("feed_token", token.id), null, FeedTokenMapper.toApi(token));
        return new Created(token, secret);
    }

    /** A requested expiry, which must lie in the future and at most the longest lifetime ahead (422 otherwise). */
    private OffsetDateTime checkedExpiry(OffsetDateTime requested, OffsetDateTime now) {
        if (requested == null) {
            return null;
        }
        if (!requested.isAfter(now) || requested.isAfter(now.plus(config.maxLifetime()))) {
            throw new RuleViolation(
                    "feed-token-expiry",
                    "Feed token expiry out of range",
                    "expires_at must lie in the future and at most "
                            + config.maxLifetime().toDays() + " days ahead.");
        }
        return Timestamps.utc(requested).truncatedTo(ChronoUnit.MICROS);
    }

    List<FeedToken> page(OffsetDateTime afterCreated, UUID afterId, int fetch) {
        return tokens.page(access.subject(), afterCreated, afterId, fetch);
    }

    @Transactional
    public void revoke(UUID id) {
        FeedToken token = tokens.findById(id);
        if (token == null || !token.owner.equals(access.subject())) {
            throw new NotFound("feed token", id);
        }
        if (token.revokedAt == null) {
            var before = FeedTokenMapper.toApi(token);
            token.revokedAt = Timestamps.now(clock);
            journal.record(
                    "feed_token.revoked", Journal.Subject.of("feed_token", id), before, FeedTokenMapper.toApi(token));
        }
    }

    /** The active token with this secret; a missing, unknown, revoked or expired one is a 401. */
    FeedToken resolve(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new UnauthorizedException();
        }
        return tokens.activeByHash(hash(secret))
                .filter(token -> token.activeAt(Timestamps.now(clock)))
                .orElseThrow(UnauthorizedException::new);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
