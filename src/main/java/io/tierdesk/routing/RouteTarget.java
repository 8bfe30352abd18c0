package io.tierdesk.routing;

/**
 * Where a rule sends a ticket: the level its solution's tier names, the solution's maker, a team, or the default
 * team of a support level.
 */
public enum RouteTarget {
    SOLUTION_CHANNEL,
    MAKER,
    TEAM,
    HELP_DESK,
    PLATFORM,
    PARTNER
}
