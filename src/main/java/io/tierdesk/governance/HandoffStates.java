package io.tierdesk.governance;

import static io.tierdesk.api.model.HandoffStatusDto.ACCEPTED;
import static io.tierdesk.api.model.HandoffStatusDto.CANCELLED;
import static io.tierdesk.api.model.HandoffStatusDto.COMPLETED;
import static io.tierdesk.api.model.HandoffStatusDto.IN_PROGRESS;
import static io.tierdesk.api.model.HandoffStatusDto.PROPOSED;
import static io.tierdesk.api.model.HandoffStatusDto.REJECTED;

import io.tierdesk.api.model.HandoffStatusDto;
import io.tierdesk.common.Conflict;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** PROPOSED → ACCEPTED | REJECTED; ACCEPTED → IN_PROGRESS; IN_PROGRESS → COMPLETED; any open state → CANCELLED. */
final class HandoffStates {

    static final Set<HandoffStatusDto> OPEN = EnumSet.of(PROPOSED, ACCEPTED, IN_PROGRESS);

    private static final Map<HandoffStatusDto, Set<HandoffStatusDto>> NEXT = Map.of(
            PROPOSED, EnumSet.of(ACCEPTED, REJECTED, CANCELLED),
            ACCEPTED, EnumSet.of(IN_PROGRESS, CANCELLED),
            IN_PROGRESS, EnumSet.of(COMPLETED, CANCELLED),
            REJECTED, EnumSet.noneOf(HandoffStatusDto.class),
            COMPLETED, EnumSet.noneOf(HandoffStatusDto.class),
            CANCELLED, EnumSet.noneOf(HandoffStatusDto.class));

    private HandoffStates() {
    }

    static void check(HandoffStatusDto from, HandoffStatusDto to) {
        if (!NEXT.get(from).contains(to)) {
            throw new Conflict("illegal-handoff-transition",
                    "A " + from + " handoff cannot move to " + to + ".");
        }
    }
}
