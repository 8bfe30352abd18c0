package io.tierdesk.routing;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.IntFunction;

/**
 * The last routing-table version read, with its rules. A published version is never changed, so a version read once
 * serves every later ticket of any replica for as long as it is the one in force; which version is in force is
 * still asked of the database on every decision, so a version another replica publishes takes effect at once.
 */
@ApplicationScoped
class PublishedTables {

    /** A version and its rules, in order; read-only once built. */
    record Published(RoutingTable table, List<RoutingRule> rules) {}

    private volatile Published last;

    Published get(int version, IntFunction<Published> load) {
        Published published = last;
        if (published == null || published.table().version != version) {
            published = load.apply(version);
            last = published;
        }
        return published;
    }
}
