package io.tierdesk.oncall.rotation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
class RotationDefinitionRepository implements PanacheRepositoryBase<RotationDefinition, RotationDefinition.Key> {

    /** A rotation's definitions, oldest first. */
    List<RotationDefinition> ofRotation(UUID rotationId) {
        return find("key.rotationId = ?1 order by key.effectiveFrom", rotationId)
                .list();
    }

    RotationDefinition latest(UUID rotationId) {
        return find("key.rotationId = ?1 order by key.effectiveFrom desc", rotationId)
                .firstResult();
    }
}
