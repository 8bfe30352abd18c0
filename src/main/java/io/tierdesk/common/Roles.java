package io.tierdesk.common;

import java.util.Set;

/** The role names carried in tokens. */
public final class Roles {
    public static final String MAKER = "maker";
    public static final String HELPDESK = "helpdesk";
    public static final String PLATFORM = "platform";
    public static final String PARTNER = "partner";
    public static final String ADMIN = "admin";
    public static final String AUTOMATION = "automation";
    public static final String INTEGRATION = "integration";
    public static final String AUDITOR = "auditor";
    /** An employee who uses apps but builds nothing: raises tickets about published apps and follows their own. */
    public static final String REQUESTER = "requester";

    /** Every tierdesk role: a token with none of them is refused by every operation. */
    public static final Set<String> ALL =
            Set.of(MAKER, HELPDESK, PLATFORM, PARTNER, ADMIN, AUTOMATION, INTEGRATION, AUDITOR, REQUESTER);

    /** Every role but the requester's: whoever holds one of them knows the solutions their role lets them see. */
    public static final Set<String> BEYOND_REQUESTER =
            Set.of(MAKER, HELPDESK, PLATFORM, PARTNER, ADMIN, AUTOMATION, INTEGRATION, AUDITOR);

    /** Who runs the platform: changes what governance allows, on any team and solution. */
    public static final Set<String> STAFF = Set.of(PLATFORM, ADMIN);

    /** Support staff: the helpdesk and who runs the platform. */
    public static final Set<String> SUPPORT = Set.of(HELPDESK, PLATFORM, ADMIN);

    /** Support staff and auditors: read every team's records. */
    public static final Set<String> OVERSIGHT = Set.of(HELPDESK, PLATFORM, ADMIN, AUDITOR);

    /** Support staff and the ticket integrations that mirror tickets from other trackers: work every ticket. */
    public static final Set<String> TICKET_DESK = Set.of(HELPDESK, PLATFORM, ADMIN, INTEGRATION);

    /** The ticket desk and auditors: see every ticket. */
    public static final Set<String> TICKET_OVERSIGHT = Set.of(HELPDESK, PLATFORM, ADMIN, INTEGRATION, AUDITOR);

    /** Oversight and provisioning automation: see every environment request. */
    public static final Set<String> ENVIRONMENT_OVERSIGHT = Set.of(HELPDESK, PLATFORM, ADMIN, AUDITOR, AUTOMATION);

    /** Staff who see the whole inventory: support, governance and the integrations that mirror it. */
    public static final Set<String> WHOLE_INVENTORY =
            Set.of(HELPDESK, PLATFORM, ADMIN, AUDITOR, INTEGRATION, AUTOMATION);

    private Roles() {}
}
