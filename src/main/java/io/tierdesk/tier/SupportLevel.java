package io.tierdesk.tier;

/**
 * The support levels in escalation order; a tier names the level its solutions are supported at. GLOBAL_ADMIN is
 * the tenant's global administrators, who take widespread problems from the platform team (a team of kind
 * GLOBAL_ADMIN holds them); which level may follow which is the escalation graph's to say.
 */
public enum SupportLevel {
    MAKER,
    TEAM,
    HELP_DESK,
    PLATFORM,
    PARTNER,
    VENDOR,
    GLOBAL_ADMIN
}
