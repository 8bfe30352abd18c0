package io.tierdesk.routing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tierdesk.solution.SolutionKind;
import io.tierdesk.ticketterms.TicketCategory;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RoutingMatcherTest {

    private static RoutingRule rule(int position, RouteTarget target) {
        RoutingRule rule = new RoutingRule();
        rule.key = new RoutingRule.Key(1, position);
        rule.routeTo = target;
        rule.reason = "rule " + position;
        return rule;
    }

    private static RoutingFacts bugAbout(String tier, SolutionKind kind, String unit) {
        return new RoutingFacts(TicketCategory.BUG, tier, true, kind, unit);
    }

    @Test
    void emptyConditionsMatchEverything() {
        assertThat(RoutingMatcher.matches(
                        rule(1, RouteTarget.HELP_DESK),
                        new RoutingFacts(TicketCategory.HOW_TO, "productivity", false, null, null)))
                .isTrue();
    }

    @Test
    void eachConditionListMustContainTheTicketsValue() {
        RoutingRule rule = rule(1, RouteTarget.PLATFORM);
        rule.categories = List.of("BUG");
        rule.tierIds = List.of("critical");
        rule.solutionKinds = List.of("FLOW");
        rule.businessUnits = List.of("Finance");
        assertThat(RoutingMatcher.matches(rule, bugAbout("critical", SolutionKind.FLOW, "finance")))
                .isTrue();
        assertThat(RoutingMatcher.matches(rule, bugAbout("important", SolutionKind.FLOW, "Finance")))
                .isFalse();
        assertThat(RoutingMatcher.matches(rule, bugAbout("critical", SolutionKind.CANVAS_APP, "Finance")))
                .isFalse();
        assertThat(RoutingMatcher.matches(rule, bugAbout("critical", SolutionKind.FLOW, "Sales")))
                .isFalse();
        assertThat(RoutingMatcher.matches(rule, bugAbout("critical", SolutionKind.FLOW, null)))
                .isFalse();
    }

    @Test
    void targetsThatNeedASolutionNeverMatchATicketWithoutOne() {
        RoutingFacts noSolution = new RoutingFacts(TicketCategory.BUG, "productivity", false, null, null);
        assertThat(RoutingMatcher.matches(rule(1, RouteTarget.SOLUTION_CHANNEL), noSolution))
                .isFalse();
        assertThat(RoutingMatcher.matches(rule(1, RouteTarget.MAKER), noSolution))
                .isFalse();
        assertThat(RoutingMatcher.matches(rule(1, RouteTarget.TEAM), noSolution))
                .isFalse();
        RoutingRule namedTeam = rule(1, RouteTarget.TEAM);
        namedTeam.teamId = UUID.randomUUID();
        assertThat(RoutingMatcher.matches(namedTeam, noSolution)).isTrue();
    }

    @Test
    void requiresSolutionFalseMatchesOnlyTicketsWithoutOne() {
        RoutingRule rule = rule(1, RouteTarget.HELP_DESK);
        rule.requiresSolution = false;
        assertThat(RoutingMatcher.matches(rule, bugAbout("important", SolutionKind.FLOW, null)))
                .isFalse();
        assertThat(RoutingMatcher.matches(
                        rule, new RoutingFacts(TicketCategory.BUG, "productivity", false, null, null)))
                .isTrue();
    }

    @Test
    void theFirstMatchingRuleWins() {
        RoutingRule bugs = rule(1, RouteTarget.PLATFORM);
        bugs.categories = List.of("BUG");
        RoutingRule all = rule(2, RouteTarget.HELP_DESK);
        assertThat(RoutingMatcher.firstMatch(List.of(bugs, all), bugAbout("important", null, null)))
                .hasValueSatisfying(rule -> assertThat(rule.position()).isEqualTo(1));
        assertThat(RoutingMatcher.firstMatch(
                        List.of(bugs, all), new RoutingFacts(TicketCategory.HOW_TO, "important", false, null, null)))
                .hasValueSatisfying(rule -> assertThat(rule.position()).isEqualTo(2));
        assertThat(RoutingMatcher.firstMatch(
                        List.of(bugs), new RoutingFacts(TicketCategory.HOW_TO, "important", false, null, null)))
                .isEmpty();
    }
}
