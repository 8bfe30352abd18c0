package io.tierdesk.routing;

import java.util.UUID;

/**
 * Which version of the table routed a ticket, by which rule (null for the table's default), to which target and
 * team, and why.
 */
public record RoutingDecision(int tableVersion, Integer rulePosition, RouteTarget target, UUID teamId, String reason) {

    /** The reason with the rule that gave it, as the ticket keeps it. */
    public String explained(String reason) {
        return reason + " (routing table v" + tableVersion
                + (rulePosition == null ? ", default" : ", rule " + rulePosition) + ")";
    }
}
