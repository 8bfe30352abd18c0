package io.tierdesk.ticket;

import static io.tierdesk.tier.SupportLevel.HELP_DESK;
import static io.tierdesk.tier.SupportLevel.MAKER;
import static io.tierdesk.tier.SupportLevel.PARTNER;
import static io.tierdesk.tier.SupportLevel.PLATFORM;
import static io.tierdesk.tier.SupportLevel.TEAM;
import static io.tierdesk.tier.SupportLevel.VENDOR;

import io.tierdesk.tier.SupportLevel;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The two escalation paths: MAKER → TEAM → PLATFORM, and HELP_DESK → PLATFORM → PARTNER | VENDOR. */
final class EscalationPaths {

    private static final Map<SupportLevel, Set<SupportLevel>> NEXT = new EnumMap<>(SupportLevel.class);

    static {
        NEXT.put(MAKER, EnumSet.of(TEAM));
        NEXT.put(TEAM, EnumSet.of(PLATFORM));
        NEXT.put(HELP_DESK, EnumSet.of(PLATFORM));
        NEXT.put(PLATFORM, EnumSet.of(PARTNER, VENDOR));
        NEXT.put(PARTNER, EnumSet.of(VENDOR));
        NEXT.put(VENDOR, EnumSet.noneOf(SupportLevel.class));
    }

    private EscalationPaths() {}

    static boolean allows(SupportLevel from, SupportLevel to) {
        return NEXT.get(from).contains(to);
    }

    static Set<SupportLevel> next(SupportLevel from) {
        return NEXT.get(from);
    }

    /** The one step an automatic escalation (an SLA breach) takes; partners are chosen by people, not timers. */
    static Optional<SupportLevel> automaticStep(SupportLevel from) {
        return switch (from) {
            case MAKER -> Optional.of(TEAM);
            case TEAM, HELP_DESK -> Optional.of(PLATFORM);
            default -> Optional.empty();
        };
    }
}
