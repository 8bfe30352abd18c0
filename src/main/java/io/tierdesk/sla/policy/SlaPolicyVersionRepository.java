package io.tierdesk.sla.policy;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
class SlaPolicyVersionRepository implements PanacheRepositoryBase<SlaPolicyVersion, SlaPolicyVersion.Key> {}
