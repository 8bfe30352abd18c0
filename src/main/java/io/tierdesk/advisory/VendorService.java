package io.tierdesk.advisory;

import io.tierdesk.solution.SolutionKind;
import java.util.EnumSet;
import java.util.Set;

/** The vendor service an advisory is about. POWER_PLATFORM and DATAVERSE concern every solution. */
public enum VendorService {
    POWER_APPS,
    POWER_AUTOMATE,
    COPILOT_STUDIO,
    DATAVERSE,
    POWER_PLATFORM;

    /** The services whose advisories concern a solution of this kind. */
    static Set<VendorService> concerning(SolutionKind kind) {
        Set<VendorService> services = EnumSet.of(DATAVERSE, POWER_PLATFORM);
        if (kind != null) {
            switch (kind) {
                case CANVAS_APP, MODEL_DRIVEN_APP -> services.add(POWER_APPS);
                case FLOW -> services.add(POWER_AUTOMATE);
                case CHATBOT -> services.add(COPILOT_STUDIO);
                default -> {}
            }
        }
        return services;
    }
}
