package io.tierdesk.routing;

import io.tierdesk.solution.SolutionKind;
import io.tierdesk.ticketterms.TicketCategory;

/** What routing looks at in a new ticket: its category, its tier, and the solution it is about, if any. */
public record RoutingFacts(
        TicketCategory category, String tierId, boolean hasSolution, SolutionKind solutionKind, String businessUnit) {}
