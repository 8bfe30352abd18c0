package io.tierdesk.routing;

import io.tierdesk.api.model.RouteTargetDto;
import io.tierdesk.api.model.RoutingRuleDto;
import io.tierdesk.api.model.RoutingRuleInputDto;
import io.tierdesk.api.model.RoutingTableDto;
import io.tierdesk.api.model.SolutionKindDto;
import io.tierdesk.api.model.SupportLevelDto;
import io.tierdesk.api.model.TicketCategoryDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Timestamps;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

final class RoutingMapper {

    private RoutingMapper() {}

    static RoutingTableDto toApi(RoutingTable table, List<RoutingRule> rules) {
        return new RoutingTableDto()
                .version(table.version)
                .rules(rules.stream().map(RoutingMapper::toApi).toList())
                .defaultLevel(Enums.same(table.defaultLevel, SupportLevelDto.class))
                .defaultTeamId(table.defaultTeamId)
                .note(table.note)
                .createdBy(table.createdBy)
                .createdAt(Timestamps.utc(table.createdAt));
    }

    static RoutingRuleDto toApi(RoutingRule rule) {
        return new RoutingRuleDto()
                .position(rule.position())
                .categories(rule.categories.stream()
                        .map(TicketCategoryDto::fromValue)
                        .toList())
                .tierIds(List.copyOf(rule.tierIds))
                .solutionKinds(rule.solutionKinds.stream()
                        .map(SolutionKindDto::fromValue)
                        .toList())
                .businessUnits(List.copyOf(rule.businessUnits))
                .requiresSolution(rule.requiresSolution)
                .routeTo(Enums.same(rule.routeTo, RouteTargetDto.class))
                .teamId(rule.teamId)
                .reason(rule.reason);
    }

    static RoutingRule toEntity(int version, int position, RoutingRuleInputDto input) {
        RoutingRule rule = new RoutingRule();
        rule.key = new RoutingRule.Key(version, position);
        rule.categories = names(input.getCategories(), TicketCategoryDto::toString);
        rule.tierIds = names(input.getTierIds(), Function.identity());
        rule.solutionKinds = names(input.getSolutionKinds(), SolutionKindDto::toString);
        rule.businessUnits = names(input.getBusinessUnits(), Function.identity());
        rule.requiresSolution = input.getRequiresSolution();
        rule.routeTo = Enums.same(input.getRouteTo(), RouteTarget.class);
        rule.teamId = input.getTeamId();
        rule.reason = input.getReason();
        return rule;
    }

    private static <T> List<String> names(List<T> values, Function<T, String> name) {
        return values == null
                ? new ArrayList<>()
                : new ArrayList<>(values.stream().map(name).distinct().toList());
    }
}
