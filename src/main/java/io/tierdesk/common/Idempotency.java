package io.tierdesk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Makes a POST safe to retry (through {@link Idempotent}). The key is claimed in the same transaction as the change, so either both commit or
 * neither does; a concurrent request with the same key waits on the key's row and then replays the first answer.
 * Secrets a response shows once are left out of what is kept, so a replay answers without them.
 */
@ApplicationScoped
public class Idempotency {

    private final EntityManager em;
    private final ObjectMapper mapper;
    private final Caller caller;
    private final Clock clock;

    Idempotency(EntityManager em, ObjectMapper mapper, Caller caller, Clock clock) {
        this.em = em;
        this.mapper = mapper;
        this.caller = caller;
        this.clock = clock;
    }

    /**
     * Runs the action under the caller's key, or replays the first answer to it. The response's top-level
     * properties named in {@code shownOnce} (secrets) are not kept: a replay answers without them.
     */
    @Transactional
    Response run(String key, String operation, Object requestBody, Set<String> shownOnce, Supplier<Response> action) {
        if (key == null || key.isBlank()) {
            return action.get();
        }
        String hash = hash(operation, requestBody);
        Optional<Response> replayed = Optional.empty();
        // A key seen taken may be purged (it expired) before it is read back: then it is free, and claimed again.
        for (int attempt = 0; attempt < 3 && replayed.isEmpty(); attempt++) {
            if (claim(key, operation, hash)) {
                return runClaimed(key, shownOnce, action);
            }
            replayed = replay(key, operation, hash);
        }
        return replayed.orElseThrow(() -> new IllegalStateException("Idempotency key neither claimed nor kept"));
    }

    private boolean claim(String key, String operation, String hash) {
        return em.createNativeQuery("""
                INSERT INTO idempotency_keys (subject, idempotency_key, operation, request_hash, created_at)
                VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING""")
                        .setParameter(1, caller.subject())
                        .setParameter(2, key)
                        .setParameter(3, operation)
                        .setParameter(4, hash)
                        .setParameter(5, Timestamps.now(clock))
                        .executeUpdate()
                == 1;
    }

    private Response runClaimed(String key, Set<String> shownOnce, Supplier<Response> action) {
        Response response = action.get();
        em.createNativeQuery("""
                UPDATE idempotency_keys SET status = ?3, response_body = ?4, location = ?5, etag = ?6
                WHERE subject = ?1 AND idempotency_key = ?2""")
                .setParameter(1, caller.subject())
                .setParameter(2, key)
                .setParameter(3, response.getStatus())
                .setParameter(4, response.hasEntity() ? json(response.getEntity(), shownOnce) : null)
                .setParameter(5, response.getHeaderString(HttpHeaders.LOCATION))
                .setParameter(6, response.getHeaderString(HttpHeaders.ETAG))
                .executeUpdate();
        return response;
    }

    private Optional<Response> replay(String key, String operation, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT operation, request_hash, status, response_body, location, etag
                FROM idempotency_keys WHERE subject = ?1 AND idempotency_key = ?2""")
                .setParameter(1, caller.subject())
                .setParameter(2, key)
                .getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = rows.get(0);
        if (!operation.equals(row[0]) || !hash.equals(row[1])) {
            throw new RuleViolation(
                    "idempotency-key-reused",
                    "Idempotency key reused",
                    "This Idempotency-Key was used with a different request body.");
        }
        Response.ResponseBuilder builder =
                Response.status(((Number) row[2]).intValue()).header("Idempotent-Replayed", "true");
        if (row[3] != null) {
            builder.entity(row[3]).type(MediaType.APPLICATION_JSON);
        }
        if (row[4] != null) {
            builder.header(HttpHeaders.LOCATION, row[4]);
        }
        if (row[5] != null) {
            builder.header(HttpHeaders.ETAG, row[5]);
        }
        return Optional.of(builder.build());
    }

    private String hash(String operation, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(operation.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(mapper.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("Cannot hash the request", e);
        }
    }

    private String json(Object entity, Set<String> shownOnce) {
        try {
            if (shownOnce.isEmpty()) {
                return mapper.writeValueAsString(entity);
            }
            ObjectNode kept = mapper.valueToTree(entity);
            kept.remove(shownOnce);
            return mapper.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store the response", e);
        }
    }
}
