/**
 * Shift handoffs: at every boundary at which someone comes on call in a rotation, a record of who handed over to
 * whom, the team's open tickets at that moment (those whose SLA clock warned or breached marked at risk), the
 * outgoing member's notes and the incoming member's acknowledgement.
 */
package io.tierdesk.shift;
