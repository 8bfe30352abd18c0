package io.tierdesk.escalation;

import io.tierdesk.api.model.EscalationGraphDto;
import io.tierdesk.api.model.EscalationGraphStateDto;
import io.tierdesk.api.model.EscalationStepConditionDto;
import io.tierdesk.api.model.EscalationStepDto;
import io.tierdesk.api.model.EscalationStepInputDto;
import io.tierdesk.api.model.SupportLevelDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Timestamps;
import io.tierdesk.tier.SupportLevel;
import java.util.ArrayList;
import java.util.List;

final class EscalationGraphMapper {

    private EscalationGraphMapper() {}

    static EscalationGraphDto toApi(EscalationGraph graph) {
        List<EscalationStepDto> steps = new ArrayList<>();
        for (int i = 0; i < graph.steps.size(); i++) {
            steps.add(toApi(i + 1, graph.steps.get(i)));
        }
        return new EscalationGraphDto()
                .id(graph.id)
                .state(Enums.same(graph.state, EscalationGraphStateDto.class))
                .publishedVersion(graph.publishedVersion)
                .note(graph.note)
                .steps(steps)
                .createdBy(graph.createdBy)
                .createdAt(Timestamps.utc(graph.createdAt))
                .publishedBy(graph.publishedBy)
                .publishedAt(Timestamps.utc(graph.publishedAt))
                .version(graph.version)
                .updatedAt(Timestamps.utc(graph.updatedAt));
    }

    private static EscalationStepDto toApi(int position, EscalationStep step) {
        return new EscalationStepDto()
                .position(position)
                .fromLevel(Enums.same(step.fromLevel, SupportLevelDto.class))
                .toLevel(Enums.same(step.toLevel, SupportLevelDto.class))
                .condition(Enums.same(step.condition, EscalationStepConditionDto.class))
                .tierIds(List.copyOf(step.tierIds))
                .teamId(step.teamId)
                .note(step.note);
    }

    static EscalationStep toEntity(EscalationStepInputDto input) {
        EscalationStep step = new EscalationStep();
        step.fromLevel = Enums.same(input.getFromLevel(), SupportLevel.class);
        step.toLevel = Enums.same(input.getToLevel(), SupportLevel.class);
        step.condition = input.getCondition() == null
                ? StepCondition.ALWAYS
                : Enums.same(input.getCondition(), StepCondition.class);
        step.tierIds = input.getTierIds() == null
                ? new ArrayList<>()
                : new ArrayList<>(input.getTierIds().stream().distinct().toList());
        step.teamId = input.getTeamId();
        step.note = input.getNote();
        return step;
    }
}
