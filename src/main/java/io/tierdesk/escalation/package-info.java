/**
 * Escalation graphs: the steps a ticket may take up the support levels, as versioned data an admin publishes (a
 * draft, then an immutable published version; the highest published version is in force), and the rule that
 * picks the team taking an escalated ticket. Uses {@code team} and {@code tier}; {@code ticket} asks it through
 * {@link io.tierdesk.escalation.EscalationGraphs}.
 */
package io.tierdesk.escalation;
