package io.tierdesk.solution;

/** Where a solution is in its life, from development to archived; stored by name. */
public enum LifecycleState {
    IN_DEVELOPMENT,
    IN_PRODUCTION,
    ARCHIVED
}
