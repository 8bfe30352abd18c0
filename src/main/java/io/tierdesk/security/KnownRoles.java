package io.tierdesk.security;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.tierdesk.common.Roles;
import io.tierdesk.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * Each subject's tierdesk roles as of its latest authenticated request. Whatever acts for a subject without its
 * token (a calendar feed read with a feed token) asks here, since the identity provider cannot be asked. The row is
 * written only when the roles change; this replica skips the write while it wrote the same roles less than a minute
 * ago, so a change another replica wrote in between is corrected within a minute of the subject's requests.
 */
@ApplicationScoped
public class KnownRoles {

    private static final long RECHECK_NANOS = Duration.ofMinutes(1).toNanos();
    private static final int FORGET_ABOVE = 10_000;

    private final EntityManager em;
    private final Clock clock;
    private final Map<String, Written> written = new ConcurrentHashMap<>();

    KnownRoles(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    private record Written(String roles, long atNanos) {}

    /** Records the subject's roles as its current request shows them. */
    void observe(String subject, Set<String> roles) {
        String held = Roles.ALL.stream().filter(roles::contains).sorted().collect(Collectors.joining(","));
        long now = System.nanoTime();
        Written last = written.get(subject);
        if (last != null && last.roles().equals(held) && now - last.atNanos() < RECHECK_NANOS) {
            return;
        }
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("""
                INSERT INTO subject_roles (subject, roles, changed_at) VALUES (?1, ?2, ?3)
                ON CONFLICT (subject) DO UPDATE SET roles = EXCLUDED.roles, changed_at = EXCLUDED.changed_at
                WHERE subject_roles.roles <> EXCLUDED.roles""")
                        .setParameter(1, subject)
                        .setParameter(2, held)
                        .setParameter(3, Timestamps.now(clock))
                        .executeUpdate());
        if (written.size() > FORGET_ABOVE) {
            written.clear();
        }
        written.put(subject, new Written(held, now));
    }

    /** Whether the subject's last-known roles include one of these; false for a subject never seen. */
    public boolean includeAny(String subject, Set<String> roles) {
        List<String> rows = em.createNativeQuery("SELECT roles FROM subject_roles WHERE subject = ?1", String.class)
                .setParameter(1, subject)
                .getResultList();
        return !rows.isEmpty() && Arrays.stream(rows.get(0).split(",")).anyMatch(roles::contains);
    }
}
