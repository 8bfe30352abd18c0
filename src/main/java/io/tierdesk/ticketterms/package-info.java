/**
 * The words a ticket is described in: its status, priority and category. They sit in their own leaf package,
 * importing no feature, because {@code sla} (pause statuses, targets per priority, fast lanes per category),
 * {@code routing}, {@code intake} and {@code knowledge} speak them too, and {@code ticket} depends on
 * {@code sla}, not the other way round. The constants are spelled as the contract's, so stored values and
 * {@code common.Enums.same} conversions at the edge stay exact.
 */
package io.tierdesk.ticketterms;
