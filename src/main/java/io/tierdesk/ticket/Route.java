package io.tierdesk.ticket;

import io.tierdesk.api.model.SupportLevelDto;
import java.util.UUID;

/** Where a ticket goes: level, team and (for a maker-supported solution) assignee, and why. */
record Route(SupportLevelDto level, UUID teamId, String assignee, String reason) {}
