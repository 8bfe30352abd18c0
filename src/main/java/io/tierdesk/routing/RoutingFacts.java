package io.tierdesk.routing;

import io.tierdesk.api.model.TicketCategoryDto;
import io.tierdesk.solution.SolutionKind;

/** What routing looks at in a new ticket: its category, its tier, and the solution it is about, if any. */
public record RoutingFacts(
        TicketCategoryDto category,
        String tierId,
        boolean hasSolution,
        SolutionKind solutionKind,
        String businessUnit) {}
