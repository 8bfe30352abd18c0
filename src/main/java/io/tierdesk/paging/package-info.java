/**
 * Pages: a ticket's call for whoever is on call for the team holding it, escalated level by level along the team's
 * escalation policy until someone acknowledges. Uses {@code ticket} (through {@code TicketPaging}), {@code team}
 * and {@code oncall}; nothing uses it back — tickets announce breaches and resolutions as CDI events.
 */
package io.tierdesk.paging;
