package io.tierdesk.solution;

import io.tierdesk.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/**
 * "Where to find apps": the solutions published to end users and not archived, by name. The same for every caller,
 * and all that a caller with only the requester role may know of solutions.
 */
@ApplicationScoped
public class Catalogue {

    /** A catalogue entry: the solution and its tier. */
    public record Entry(Solution solution, Tier tier) {}

    private final SolutionRepository solutions;

    Catalogue(SolutionRepository solutions) {
        this.solutions = solutions;
    }

    /** Entries after {@code (afterName, afterId)} in name order, whose name or description contains {@code q}. */
    public List<Entry> page(String q, String afterName, UUID afterId, int fetch) {
        return solutions.published(q, afterName, afterId, fetch).stream()
                .map(row -> new Entry(row.solution(), row.tier()))
                .toList();
    }
}
