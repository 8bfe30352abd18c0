package io.tierdesk.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.junit.jupiter.api.Test;

/**
 * Hibernate reuses its prepared loader of a lazy collection or entity only while the batch size it was built for
 * equals the session's; a mapping with a batch size of its own gets a new loader built, with its SQL, on every
 * load. So no mapping sets one: the global {@code quarkus.hibernate-orm.fetch.batch-size} is the only one.
 */
@QuarkusTest
class BatchFetchSizeTest {

    @Inject
    EntityManager em;

    @Test
    void everyMappingBatchesAsTheSessionDoes() {
        SharedSessionContractImplementor session = em.unwrap(SharedSessionContractImplementor.class);
        int sessionBatchSize = session.getLoadQueryInfluencers().getBatchSize();
        SessionFactoryImplementor factory = session.getFactory();
        List<String> differing = new ArrayList<>();
        factory.getMappingMetamodel().forEachCollectionDescriptor(collection -> {
            if (collection.getBatchSize() != sessionBatchSize) {
                differing.add(collection.getRole() + " batches " + collection.getBatchSize());
            }
        });
        factory.getMappingMetamodel().forEachEntityDescriptor(entity -> {
            if (entity.getBatchSize() > 0 && entity.getBatchSize() != sessionBatchSize) {
                differing.add(entity.getEntityName() + " batches " + entity.getBatchSize());
            }
        });
        assertThat(sessionBatchSize).isGreaterThan(1);
        assertThat(differing)
                .as("mappings batching otherwise than the session (%d)", sessionBatchSize)
                .isEmpty();
    }
}
