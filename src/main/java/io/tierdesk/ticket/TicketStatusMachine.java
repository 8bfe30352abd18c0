package io.tierdesk.ticket;

import static io.tierdesk.api.model.TicketStatusDto.CLOSED;
import static io.tierdesk.api.model.TicketStatusDto.IN_PROGRESS;
import static io.tierdesk.api.model.TicketStatusDto.NEW;
import static io.tierdesk.api.model.TicketStatusDto.RESOLVED;
import static io.tierdesk.api.model.TicketStatusDto.TRIAGED;
import static io.tierdesk.api.model.TicketStatusDto.WAITING_ON_REQUESTER;
import static io.tierdesk.api.model.TicketStatusDto.WAITING_ON_VENDOR;

import io.tierdesk.api.model.TicketStatusDto;
import io.tierdesk.common.Conflict;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * NEW → TRIAGED → IN_PROGRESS ⇄ WAITING_ON_REQUESTER | WAITING_ON_VENDOR → RESOLVED → CLOSED, and RESOLVED →
 * IN_PROGRESS to reopen.
 */
final class TicketStatusMachine {

    private static final Map<TicketStatusDto, Set<TicketStatusDto>> NEXT = new EnumMap<>(TicketStatusDto.class);

    static {
        NEXT.put(NEW, EnumSet.of(TRIAGED));
        NEXT.put(TRIAGED, EnumSet.of(IN_PROGRESS));
        NEXT.put(IN_PROGRESS, EnumSet.of(WAITING_ON_REQUESTER, WAITING_ON_VENDOR, RESOLVED));
        NEXT.put(WAITING_ON_REQUESTER, EnumSet.of(IN_PROGRESS, RESOLVED));
        NEXT.put(WAITING_ON_VENDOR, EnumSet.of(IN_PROGRESS, RESOLVED));
        NEXT.put(RESOLVED, EnumSet.of(CLOSED, IN_PROGRESS));
        NEXT.put(CLOSED, EnumSet.noneOf(TicketStatusDto.class));
    }

    private TicketStatusMachine() {}

    static boolean allows(TicketStatusDto from, TicketStatusDto to) {
        return NEXT.get(from).contains(to);
    }

    static void check(TicketStatusDto from, TicketStatusDto to) {
        if (!allows(from, to)) {
            throw new Conflict(
                    "illegal-transition",
                    "A ticket cannot move from " + from + " to " + to + "; from " + from + " it may move to "
                            + (NEXT.get(from).isEmpty() ? "nothing" : NEXT.get(from)) + ".");
        }
    }

    static boolean isReopen(TicketStatusDto from, TicketStatusDto to) {
        return from == RESOLVED && to == IN_PROGRESS;
    }

    /** The moves a requester may make on their own ticket: answer a question, reopen, or close. */
    static boolean requesterMay(TicketStatusDto from, TicketStatusDto to) {
        return (from == WAITING_ON_REQUESTER && to == IN_PROGRESS) || from == RESOLVED;
    }
}
