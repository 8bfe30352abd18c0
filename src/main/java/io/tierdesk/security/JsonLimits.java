package io.tierdesk.security;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Parser limits for request bodies, so a small hostile document cannot cost deep recursion or huge numbers. No
 * contract schema nests deeper than a handful of levels; array lengths are bounded by the contract's maxItems.
 */
@Singleton
class JsonLimits implements ObjectMapperCustomizer {

    private final int maxNestingDepth;

    JsonLimits(@ConfigProperty(name = "tierdesk.json.max-nesting-depth", defaultValue = "32") int maxNestingDepth) {
        this.maxNestingDepth = maxNestingDepth;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(maxNestingDepth)
                        .maxNumberLength(64)
                        .maxStringLength(1_000_000)
                        .build());
    }
}
