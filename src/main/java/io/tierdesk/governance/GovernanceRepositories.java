package io.tierdesk.governance;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Persistence for the governance workflows' two aggregates. */
final class GovernanceRepositories {

    private GovernanceRepositories() {
    }

    @ApplicationScoped
    static class Handoffs implements PanacheRepositoryBase<Handoff, UUID> {

        boolean openFor(UUID solutionId) {
            return count("solutionId = ?1 and status in ?2", solutionId, HandoffStates.OPEN) > 0;
        }
    }

    @ApplicationScoped
    static class GraduationRequests implements PanacheRepositoryBase<GraduationRequest, UUID> {

        boolean openFor(UUID solutionId) {
            return count("solutionId = ?1 and status in ?2", solutionId, GraduationStates.OPEN) > 0;
        }

        GraduationRequest byHandoff(UUID handoffId) {
            return find("handoffId", handoffId).firstResult();
        }
    }
}
