package io.tierdesk.escalation;

/** When a step applies, by the ticket's solution: always, only with an owning team, or only without one. */
public enum StepCondition {
    ALWAYS,
    OWNING_TEAM,
    NO_OWNING_TEAM;

    boolean holds(boolean owningTeam) {
        return switch (this) {
            case ALWAYS -> true;
            case OWNING_TEAM -> owningTeam;
            case NO_OWNING_TEAM -> !owningTeam;
        };
    }
}
