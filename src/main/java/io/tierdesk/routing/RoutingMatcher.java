package io.tierdesk.routing;

import java.util.List;
import java.util.Optional;

/** Finds the first rule, in position order, that matches a ticket. */
final class RoutingMatcher {

    private RoutingMatcher() {}

    static Optional<RoutingRule> firstMatch(List<RoutingRule> rules, RoutingFacts facts) {
        return rules.stream().filter(rule -> matches(rule, facts)).findFirst();
    }

    static boolean matches(RoutingRule rule, RoutingFacts facts) {
        if (!facts.hasSolution() && (rule.needsSolution() || Boolean.TRUE.equals(rule.requiresSolution))) {
            return false;
        }
        if (facts.hasSolution() && Boolean.FALSE.equals(rule.requiresSolution)) {
            return false;
        }
        return anyOrContains(
                        rule.categories,
                        facts.category() == null ? null : facts.category().toString())
                && anyOrContains(rule.tierIds, facts.tierId())
                && anyOrContains(
                        rule.solutionKinds,
                        facts.solutionKind() == null
                                ? null
                                : facts.solutionKind().toString())
                && anyOrContainsIgnoringCase(rule.businessUnits, facts.businessUnit());
    }

    private static boolean anyOrContains(List<String> values, String value) {
        return values.isEmpty() || (value != null && values.contains(value));
    }

    private static boolean anyOrContainsIgnoringCase(List<String> values, String value) {
        return values.isEmpty() || (value != null && values.stream().anyMatch(value::equalsIgnoreCase));
    }
}
