package io.tierdesk.ticket;

import static io.tierdesk.tier.SupportLevel.PLATFORM;
import static io.tierdesk.tier.SupportLevel.TEAM;

import io.tierdesk.tier.SupportLevel;
import java.util.Optional;

/** The fixed path of automatic escalations; people escalate along the escalation graph in force. */
final class EscalationPaths {

    private EscalationPaths() {}

    /** The one step an automatic escalation (an SLA breach) takes; partners are chosen by people, not timers. */
    static Optional<SupportLevel> automaticStep(SupportLevel from) {
        return switch (from) {
            case MAKER -> Optional.of(TEAM);
            case TEAM, HELP_DESK -> Optional.of(PLATFORM);
            default -> Optional.empty();
        };
    }
}
