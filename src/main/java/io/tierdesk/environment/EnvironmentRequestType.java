package io.tierdesk.environment;

/** The kind of environment requested; stored by name. */
public enum EnvironmentRequestType {
    SANDBOX,
    PRODUCTION,
    DEVELOPER,
    TRIAL
}
