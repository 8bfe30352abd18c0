package io.tierdesk.support;

/** The API's collection paths, written once for every HTTP test. */
public final class Paths {

    public static final String API = "/api/v1";
    public static final String TICKETS = API + "/tickets";
    public static final String SOLUTIONS = API + "/solutions";
    public static final String TEAMS = API + "/teams";
    public static final String AUDIT = API + "/audit-events";
    public static final String CALENDARS = API + "/calendars";
    public static final String SLA_POLICIES = API + "/sla-policies";
    public static final String ROUTING_TABLE = API + "/routing-table";
    public static final String ESCALATION_GRAPH = API + "/escalation-graph";
    public static final String ESCALATION_GRAPHS = API + "/escalation-graphs";
    public static final String VENDOR_ADVISORIES = API + "/vendor-advisories";
    public static final String WEBHOOKS = API + "/webhooks";
    public static final String KNOWLEDGE_ARTICLES = API + "/knowledge-articles";
    public static final String ENVIRONMENT_REQUESTS = API + "/environment-requests";
    public static final String GRADUATION_CANDIDATES = API + "/graduation-candidates";
    public static final String GRADUATION_REQUESTS = API + "/graduation-requests";
    public static final String HANDOFFS = API + "/handoffs";
    public static final String SHIFT_HANDOFFS = API + "/shift-handoffs";
    public static final String PAGES = API + "/pages";
    public static final String COMPLIANCE_FINDINGS = API + "/compliance-findings";
    public static final String INTAKE_FORMS = API + "/intake-forms";
    public static final String USAGE_SNAPSHOTS_BULK = API + "/usage-snapshots/bulk";

    private Paths() {}

    /** The ticket's own path. */
    public static String ticketPath(String id) {
        return TICKETS + "/" + id;
    }

    /** The intake form of the solution. */
    public static String intakeForm(String solutionId) {
        return INTAKE_FORMS + "/" + solutionId;
    }

    /** A path under the ticket, such as its transitions or history. */
    public static String ticketPath(String id, String sub) {
        return ticketPath(id) + "/" + sub;
    }
}
