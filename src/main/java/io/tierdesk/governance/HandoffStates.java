package io.tierdesk.governance;

import static io.tierdesk.governance.HandoffStatus.ACCEPTED;
import static io.tierdesk.governance.HandoffStatus.CANCELLED;
import static io.tierdesk.governance.HandoffStatus.COMPLETED;
import static io.tierdesk.governance.HandoffStatus.IN_PROGRESS;
import static io.tierdesk.governance.HandoffStatus.PROPOSED;
import static io.tierdesk.governance.HandoffStatus.REJECTED;

import io.tierdesk.common.Conflict;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** PROPOSED → ACCEPTED | REJECTED; ACCEPTED → IN_PROGRESS; IN_PROGRESS → COMPLETED; any open state → CANCELLED. */
final class HandoffStates {

    static final Set<HandoffStatus> OPEN = EnumSet.of(PROPOSED, ACCEPTED, IN_PROGRESS);

    private static final Map<HandoffStatus, Set<HandoffStatus>> NEXT = Map.of(
            PROPOSED, EnumSet.of(ACCEPTED, REJECTED, CANCELLED),
            ACCEPTED, EnumSet.of(IN_PROGRESS, CANCELLED),
            IN_PROGRESS, EnumSet.of(COMPLETED, CANCELLED),
            REJECTED, EnumSet.noneOf(HandoffStatus.class),
            COMPLETED, EnumSet.noneOf(HandoffStatus.class),
            CANCELLED, EnumSet.noneOf(HandoffStatus.class));

    private HandoffStates() {}

    static void check(HandoffStatus from, HandoffStatus to) {
        if (!NEXT.get(from).contains(to)) {
            throw new Conflict("illegal-handoff-transition", "A " + from + " handoff cannot move to " + to + ".");
        }
    }
}
