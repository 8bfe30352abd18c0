package io.tierdesk.sla;

import io.tierdesk.sla.clock.SlaMetric;
import io.tierdesk.ticketterms.TicketPriority;
import java.util.List;
import java.util.UUID;

/**
 * The clocks of open tickets, answered by the tickets' side: whether a ticket is open and what its priority is are
 * the tickets' own data, which the SLA side does not read.
 */
public interface OpenTicketClocks {

    /** A clock of an open ticket and the ticket's priority. */
    record Pinned(UUID ticketId, SlaMetric metric, TicketPriority priority) {}

    /** Open tickets' clocks pinned to a version of the policy older than {@code version}, by ticket and metric. */
    List<Pinned> pinnedBefore(UUID policyId, long version);
}
