package io.tierdesk.sla.policy;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The terms of SLA policy versions read so far. A version is written once and never changed, so an entry never
 * goes stale on any replica; which version is in force is still read from the database. Bounded: when full, it
 * starts afresh.
 */
@ApplicationScoped
class PublishedPolicyVersions {

    private static final int MAX_ENTRIES = 512;

    private final Map<SlaPolicyVersion.Key, SlaPolicyTerms> terms = new ConcurrentHashMap<>();

    Optional<SlaPolicyTerms> get(SlaPolicyVersion.Key key, Supplier<Optional<SlaPolicyTerms>> load) {
        SlaPolicyTerms known = terms.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<SlaPolicyTerms> loaded = load.get();
        loaded.ifPresent(found -> {
            if (terms.size() >= MAX_ENTRIES) {
                terms.clear();
            }
            terms.put(key, found);
        });
        return loaded;
    }
}
