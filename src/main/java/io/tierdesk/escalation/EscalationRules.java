package io.tierdesk.escalation;

import io.tierdesk.tier.SupportLevel;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The steps of one published graph version, read-only: which levels a ticket may go to from where it is, given its
 * tier and whether its solution has an owning team.
 */
public record EscalationRules(int version, List<Step> steps) {

    /** A step as the ticket side sees it. */
    public record Step(SupportLevel from, SupportLevel to, StepCondition condition, List<String> tierIds, UUID teamId) {

        static Step of(EscalationStep step) {
            return new Step(step.fromLevel, step.toLevel, step.condition, List.copyOf(step.tierIds), step.teamId);
        }

        boolean leaves(SupportLevel level, String tierId) {
            return from == level && (tierIds.isEmpty() || tierIds.contains(tierId));
        }
    }

    public EscalationRules {
        steps = List.copyOf(steps);
    }

    static EscalationRules of(EscalationGraph graph) {
        return new EscalationRules(
                graph.publishedVersion, graph.steps.stream().map(Step::of).toList());
    }

    /** The levels a ticket may be escalated to, in escalation order. */
    public Set<SupportLevel> targets(SupportLevel from, String tierId, boolean owningTeam) {
        Set<SupportLevel> targets = EnumSet.noneOf(SupportLevel.class);
        for (Step step : steps) {
            if (step.leaves(from, tierId) && step.condition().holds(owningTeam)) {
                targets.add(step.to());
            }
        }
        return targets;
    }

    /** The first step that allows this move, if any. */
    public Optional<Step> step(SupportLevel from, SupportLevel to, String tierId, boolean owningTeam) {
        return steps.stream()
                .filter(step -> step.to() == to
                        && step.leaves(from, tierId)
                        && step.condition().holds(owningTeam))
                .findFirst();
    }

    /** Whether the move would be allowed if the ticket's solution had an owning team. */
    public boolean needsOwningTeam(SupportLevel from, SupportLevel to, String tierId) {
        return step(from, to, tierId, false).isEmpty()
                && step(from, to, tierId, true).isPresent();
    }
}
