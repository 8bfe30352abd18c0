package io.tierdesk.advisory;

public enum AdvisoryStatus {
    ACTIVE,
    RESOLVED
}
