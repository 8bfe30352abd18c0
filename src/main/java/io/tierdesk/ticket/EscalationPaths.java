package io.tierdesk.ticket;

import static io.tierdesk.api.model.SupportLevelDto.HELP_DESK;
import static io.tierdesk.api.model.SupportLevelDto.MAKER;
import static io.tierdesk.api.model.SupportLevelDto.PARTNER;
import static io.tierdesk.api.model.SupportLevelDto.PLATFORM;
import static io.tierdesk.api.model.SupportLevelDto.TEAM;
import static io.tierdesk.api.model.SupportLevelDto.VENDOR;

import io.tierdesk.api.model.SupportLevelDto;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The two escalation paths: MAKER → TEAM → PLATFORM, and HELP_DESK → PLATFORM → PARTNER | VENDOR. */
final class EscalationPaths {

    private static final Map<SupportLevelDto, Set<SupportLevelDto>> NEXT = new EnumMap<>(SupportLevelDto.class);

    static {
        NEXT.put(MAKER, EnumSet.of(TEAM));
        NEXT.put(TEAM, EnumSet.of(PLATFORM));
        NEXT.put(HELP_DESK, EnumSet.of(PLATFORM));
        NEXT.put(PLATFORM, EnumSet.of(PARTNER, VENDOR));
        NEXT.put(PARTNER, EnumSet.of(VENDOR));
        NEXT.put(VENDOR, EnumSet.noneOf(SupportLevelDto.class));
    }

    private EscalationPaths() {}

    static boolean allows(SupportLevelDto from, SupportLevelDto to) {
        return NEXT.get(from).contains(to);
    }

    static Set<SupportLevelDto> next(SupportLevelDto from) {
        return NEXT.get(from);
    }

    /** The one step an automatic escalation (an SLA breach) takes; partners are chosen by people, not timers. */
    static Optional<SupportLevelDto> automaticStep(SupportLevelDto from) {
        return switch (from) {
            case MAKER -> Optional.of(TEAM);
            case TEAM, HELP_DESK -> Optional.of(PLATFORM);
            default -> Optional.empty();
        };
    }
}
