package io.tierdesk.ticket;

import static io.tierdesk.ticketterms.TicketStatus.CLOSED;
import static io.tierdesk.ticketterms.TicketStatus.IN_PROGRESS;
import static io.tierdesk.ticketterms.TicketStatus.NEW;
import static io.tierdesk.ticketterms.TicketStatus.RESOLVED;
import static io.tierdesk.ticketterms.TicketStatus.TRIAGED;
import static io.tierdesk.ticketterms.TicketStatus.WAITING_ON_REQUESTER;
import static io.tierdesk.ticketterms.TicketStatus.WAITING_ON_VENDOR;

import io.tierdesk.common.Conflict;
import io.tierdesk.ticketterms.TicketStatus;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * NEW → TRIAGED → IN_PROGRESS ⇄ WAITING_ON_REQUESTER | WAITING_ON_VENDOR → RESOLVED → CLOSED, and RESOLVED →
 * IN_PROGRESS to reopen; with the shortcuts a help desk uses: NEW → IN_PROGRESS, asking the requester straight
 * away (NEW | TRIAGED → WAITING_ON_REQUESTER) and resolving on first contact (NEW | TRIAGED → RESOLVED, with a
 * resolution note).
 */
final class TicketStatusMachine {

    private static final Map<TicketStatus, Set<TicketStatus>> NEXT = new EnumMap<>(TicketStatus.class);

    static {
        NEXT.put(NEW, EnumSet.of(TRIAGED, IN_PROGRESS, WAITING_ON_REQUESTER, RESOLVED));
        NEXT.put(TRIAGED, EnumSet.of(IN_PROGRESS, WAITING_ON_REQUESTER, RESOLVED));
        NEXT.put(IN_PROGRESS, EnumSet.of(WAITING_ON_REQUESTER, WAITING_ON_VENDOR, RESOLVED));
        NEXT.put(WAITING_ON_REQUESTER, EnumSet.of(IN_PROGRESS, RESOLVED));
        NEXT.put(WAITING_ON_VENDOR, EnumSet.of(IN_PROGRESS, RESOLVED));
        NEXT.put(RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS));
        NEXT.put(CLOSED, EnumSet.noneOf(TicketStatus.class));
    }

    private TicketStatusMachine() {}

    static boolean allows(TicketStatus from, TicketStatus to) {
        return NEXT.get(from).contains(to);
    }

    static void check(TicketStatus from, TicketStatus to) {
        if (!allows(from, to)) {
            throw new Conflict(
                    "illegal-transition",
                    "A ticket cannot move from " + from + " to " + to + "; from " + from + " it may move to "
                            + (NEXT.get(from).isEmpty() ? "nothing" : NEXT.get(from)) + ".");
        }
    }

    /** Resolving a ticket nobody worked on: the resolution note is all that says how it was resolved. */
    static boolean needsResolutionNote(TicketStatus from, TicketStatus to) {
        return to == RESOLVED && (from == NEW || from == TRIAGED);
    }

    static boolean isReopen(TicketStatus from, TicketStatus to) {
        return from == RESOLVED && to == IN_PROGRESS;
    }

    /** The moves a requester may make on their own ticket: answer a question, reopen, or close. */
    static boolean requesterMay(TicketStatus from, TicketStatus to) {
        return (from == WAITING_ON_REQUESTER && to == IN_PROGRESS) || from == RESOLVED;
    }
}
