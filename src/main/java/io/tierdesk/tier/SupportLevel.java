package io.tierdesk.tier;

/** The six support levels in escalation order; a tier names the level its solutions are supported at. */
public enum SupportLevel {
    MAKER,
    TEAM,
    HELP_DESK,
    PLATFORM,
    PARTNER,
    VENDOR
}
