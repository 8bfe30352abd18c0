package io.tierdesk.governance;

import io.tierdesk.common.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.UUID;

/** Evidence that a solution meets a requirement the inventory cannot show (read by the compliance findings). */
@ApplicationScoped
class Attestations {

    private final EntityManager em;
    private final Caller caller;

    Attestations(EntityManager em, Caller caller) {
        this.em = em;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void attest(UUID solutionId, String requirement, String evidence, OffsetDateTime at) {
        em.createNativeQuery("""
                INSERT INTO solution_attestations (solution_id, requirement, evidence, attested_by, attested_at)
                VALUES (?1, ?2, ?3, ?4, ?5)
                ON CONFLICT (solution_id, requirement) DO UPDATE SET evidence = EXCLUDED.evidence,
                    attested_by = EXCLUDED.attested_by, attested_at = EXCLUDED.attested_at""")
                .setParameter(1, solutionId)
                .setParameter(2, requirement)
                .setParameter(3, evidence)
                .setParameter(4, caller.subject())
                .setParameter(5, at)
                .executeUpdate();
    }
}
