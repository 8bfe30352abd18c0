package io.tierdesk.oncall.escalation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class EscalationPolicyRepository implements PanacheRepositoryBase<EscalationPolicy, UUID> {

    public List<EscalationPolicy> page(UUID teamId, String afterName, UUID afterId, int fetch) {
        if (afterName == null) {
            return find("teamId = ?1 order by name, id", teamId).page(0, fetch).list();
        }
        return find(
                        "teamId = ?1 and (name > ?2 or (name = ?2 and id > ?3)) order by name, id",
                        teamId,
                        afterName,
                        afterId)
                .page(0, fetch)
                .list();
    }
}
