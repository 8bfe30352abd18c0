package io.tierdesk.team;

/** What a team does: the support level it serves, or a partner team; stored by name. */
public enum TeamKind {
    BUSINESS_UNIT,
    HELP_DESK,
    PLATFORM,
    PARTNER,
    /** The tenant's global administrators: the team behind the GLOBAL_ADMIN support level. */
    GLOBAL_ADMIN
}
