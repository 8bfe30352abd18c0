package io.tierdesk.routing;

import io.tierdesk.api.model.SolutionKind;
import io.tierdesk.api.model.TicketCategory;

/** What routing looks at in a new ticket: its category, its tier, and the solution it is about, if any. */
public record RoutingFacts(TicketCategory category, String tierId, boolean hasSolution, SolutionKind solutionKind,
        String businessUnit) {
}
