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

    /** Every tierdesk role; a token's other groups mean nothing here. */
    public static final Set<String> ALL = Set.of(MAKER, HELPDESK, PLATFORM, PARTNER, ADMIN, AUTOMATION, INTEGRATION,
            AUDITOR);

    private Roles() {
    }
}
