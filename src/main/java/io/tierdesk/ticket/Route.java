package io.tierdesk.ticket;

import io.tierdesk.tier.SupportLevel;
import java.util.UUID;

/** Where a ticket goes: level, team and (for a maker-supported solution) assignee, and why. */
record Route(SupportLevel level, UUID teamId, String assignee, String reason) {}
