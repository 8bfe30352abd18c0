package io.tierdesk.sla.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** What one version of a policy said; written once per version and never changed. */
@Entity
@Table(name = "sla_policy_versions")
public class SlaPolicyVersion {

    @EmbeddedId
    public Key key;

    @JdbcTypeCode(SqlTypes.JSON)
    public SlaPolicyTerms snapshot;

    @Column(name = "created_at")
    public OffsetDateTime createdAt;

    static SlaPolicyVersion of(SlaPolicy policy) {
        SlaPolicyVersion version = new SlaPolicyVersion();
        version.key = new Key(policy.id, policy.version);
        version.snapshot = policy.terms();
        version.createdAt = policy.updatedAt;
        return version;
    }

    @Embeddable
    public record Key(
            @Column(name = "policy_id") UUID policyId,
            @Column(name = "version") long version) implements Serializable {}
}
