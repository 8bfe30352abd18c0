package io.tierdesk.environment;

/** Where an environment request stands: decided, then provisioned by automation until it expires; stored by name. */
public enum EnvironmentRequestStatus {
    PENDING,
    APPROVED,
    REJECTED,
    CANCELLED,
    PROVISIONING,
    LIVE,
    FAILED,
    EXPIRED
}
