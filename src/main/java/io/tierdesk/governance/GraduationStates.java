package io.tierdesk.governance;

import io.tierdesk.common.Conflict;
import java.util.EnumSet;
import java.util.Set;

/** PENDING → APPROVED | REJECTED; APPROVED → COMPLETED when the tier changes, or CANCELLED with its handoff. */
final class GraduationStates {

    static final Set<GraduationRequestStatus> OPEN =
            EnumSet.of(GraduationRequestStatus.PENDING, GraduationRequestStatus.APPROVED);

    private GraduationStates() {}

    static void requirePending(GraduationRequest request) {
        if (request.status != GraduationRequestStatus.PENDING) {
            throw new Conflict(
                    "illegal-graduation-transition",
                    "Only a PENDING graduation request can be decided; this one is " + request.status + ".");
        }
    }
}
