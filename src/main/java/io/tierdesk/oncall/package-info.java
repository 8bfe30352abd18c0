/**
 * On-call: who is on call when, for a team or an escalation policy. The rooms, each depending only on those listed
 * before it:
 *
 * <ul>
 *   <li>{@code schedule}: the pure engine that renders a rotation rule and its overrides over a window (no
 *       persistence, no clock, no CDI).</li>
 *   <li>{@code access}: who may read or change a team's on-call setup.</li>
 *   <li>{@code rotation}: rotations, their dated definitions and overrides, and the schedules they render.</li>
 *   <li>{@code escalation}: escalation policies, level by level.</li>
 *   <li>{@code feed}: personal feed tokens and the iCalendar feeds they unlock.</li>
 *   <li>this package: "who is on call" over HTTP and {@link io.tierdesk.oncall.OnCallDirectory}, the face other
 *       features (tickets, shift handoffs) use.</li>
 * </ul>
 */
package io.tierdesk.oncall;
