package io.tierdesk.sla;

import java.util.List;
import java.util.UUID;

/** Fired, inside the transaction, when tickets' clocks changed outside the tickets' own workflow. */
public record ClocksRetargeted(List<UUID> ticketIds) {}
