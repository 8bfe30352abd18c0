/**
 * On-call rotations: who is on call when, rendered over bounded windows, and as iCalendar feeds.
 *
 * <ul>
 *   <li>Shift {@code k} starts at {@code anchor + k × length}. {@code HOURS} is elapsed time;
 *       {@code DAYS}/{@code WEEKS} are local calendar arithmetic in the rotation's zone, so
 *       handoffs keep their wall-clock time across daylight-saving changes.</li>
 *   <li>A handoff or restriction edge at a local time that does not exist moves forward by the
 *       length of the gap (RFC 5545 §3.3.5, {@code ZonedDateTime.of}); a repeated local time
 *       takes its first occurrence (the earlier offset).</li>
 *   <li>Restriction windows mask the rotation to gaps outside them. Whether a shift wholly
 *       outside them still uses up a member's turn is the rule's
 *       {@code restrictedTimeConsumesTurn}.</li>
 *   <li>Overrides replace the rotation over their window; where they overlap, the higher
 *       {@code createdSequence} wins. An override without a member is an intended gap.</li>
 *   <li>Instants are half-open: at a handoff instant the incoming member is on call.</li>
 * </ul>
 */
package io.tierdesk.oncall.schedule;
