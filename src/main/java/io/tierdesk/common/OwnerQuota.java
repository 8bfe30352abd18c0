package io.tierdesk.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.function.LongSupplier;

/**
 * Per-owner caps on what one caller may hold (webhook subscriptions, feed tokens), so no single account can fill the
 * database or the dispatcher. Past the cap a creation is a 409 {@code quota-exceeded} and nothing is created.
 */
@ApplicationScoped
public class OwnerQuota {

    private final EntityManager em;

    OwnerQuota(EntityManager em) {
        this.em = em;
    }

    /**
     * Inside the creating transaction: waits for the owner's concurrent creations of this kind to end (so two at
     * once cannot both pass the last free place), then refuses when the owner already holds {@code max}.
     */
    public void require(String kind, String owner, int max, LongSupplier held) {
        em.createNativeQuery("SELECT count(*) FROM (SELECT pg_advisory_xact_lock(hashtext(?1))) l")
                .setParameter(1, "quota:" + kind + ":" + owner)
                .getSingleResult();
        if (held.getAsLong() >= max) {
            throw new Conflict(
                    "quota-exceeded",
                    "Quota exceeded",
                    "An owner holds at most " + max + " " + kind + "; remove one before creating another.");
        }
    }
}
