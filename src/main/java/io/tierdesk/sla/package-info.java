/**
 * SLAs: the targets a ticket is held to and the clocks that measure them. The rooms, each depending only on those
 * listed before it:
 *
 * <ul>
 *   <li>{@code clock}: the pure clock engine (start, pause, resume, stop, check, in business time), with no
 *       persistence and no CDI.</li>
 *   <li>{@code policy}: SLA policies, their published versions and which one covers a ticket.</li>
 *   <li>{@code store}: the clocks of tickets as stored rows and their recorded transitions.</li>
 *   <li>{@code simulator}: replays a timeline of ticket events through a policy's clocks to explain them.</li>
 *   <li>this package: the SLA policies API and the re-application of a policy's current version to open tickets,
 *       which asks the tickets' side for them through {@link io.tierdesk.sla.OpenTicketClocks}.</li>
 * </ul>
 *
 * <p>The scan that fires warnings and breaches is the tickets' own ({@code io.tierdesk.ticket.SlaScanner}): it locks
 * each due clock together with its ticket and escalates the ticket, so it lives with the tickets, which depend on
 * this package and not the other way round.
 */
package io.tierdesk.sla;
