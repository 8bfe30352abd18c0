package io.tierdesk.solution;

/** The kind of environment a solution lives in; stored by name. */
public enum EnvironmentType {
    DEFAULT,
    SANDBOX,
    PRODUCTION,
    DEVELOPER,
    TRIAL
}
