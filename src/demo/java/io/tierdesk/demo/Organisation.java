package io.tierdesk.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Business units, teams and their people, business calendars, on-call rotations and escalation policies, and (on
 * a database of its own) a routing table that names every team it routes to.
 */
final class Organisation {

    static final String CALENDAR_24X7 = "00000000-0000-0000-0000-000000000247";
    static final List<String> BUSINESS_UNITS = List.of("Claims", "Underwriting", "Finance");

    final Map<String, String> teamIds = new HashMap<>();
    final Map<String, String> rotationIds = new HashMap<>();
    String amsterdamCalendarId;
    String chicagoCalendarId;

    private final Api api;
    private final Cast cast;
    private final String tag;

    Organisation(Api api, Cast cast, String tag) {
        this.api = api;
        this.cast = cast;
        this.tag = tag;
    }

    void load(boolean ownDatabase) {
        Api.As admin = api.as(cast.get("ada.admin"));
        team(admin, "helpdesk", "Service Desk", "HELP_DESK", null, "First line: access, how-to and requests.");
        // Created before any other PLATFORM team: routing falls back to the first team of a kind when a rule or an
        // escalation names none. The routing table below names it explicitly instead.
        team(
                admin,
                "coe",
                "Power Platform CoE",
                "PLATFORM",
                null,
                "The platform team: critical solutions and incidents.");
        team(
                admin,
                "partner",
                "Contoso Support Partner",
                "PARTNER",
                null,
                "Contracted partner for critical solutions.");
        team(admin, "claims", "Claims Apps", "BUSINESS_UNIT", "Claims", "Makers and owners of the Claims solutions.");
        team(
                admin,
                "underwriting",
                "Underwriting Apps",
                "BUSINESS_UNIT",
                "Underwriting",
                "Makers and owners of the Underwriting solutions.");
        calendars(admin);
        rotations();
        if (ownDatabase) {
            routingTable(admin);
        }
    }

    String team(String key) {
        return teamIds.get(key);
    }

    private void team(Api.As admin, String key, String name, String kind, String businessUnit, String description) {
        Map<String, Object> body = new HashMap<>(Map.of("name", name + tag, "kind", kind, "description", description));
        if (businessUnit != null) {
            body.put("business_unit", businessUnit);
        }
        String id = admin.post("/teams", body).id();
        teamIds.put(key, id);
        for (Person person : cast.team(key)) {
            admin.post(
                    "/teams/" + id + "/members",
                    Map.of("subject", person.subject(), "role", person.lead() ? "LEAD" : "MEMBER"));
        }
    }

    private void calendars(Api.As admin) {
        amsterdamCalendarId = admin.post(
                        "/calendars",
                        Map.of(
                                "name",
                                "Amsterdam office" + tag,
                                "time_zone",
                                "Europe/Amsterdam",
                                "working_hours",
                                weekdays("09:00", "12:30", "13:30", "17:30"),
                                "holidays",
                                List.of(
                                        holiday("2026-12-25", true, "Christmas Day"),
                                        holiday("2026-12-26", true, "Boxing Day"),
                                        holiday("2027-01-01", true, "New Year's Day"),
                                        holiday("2027-04-27", true, "King's Day"),
                                        holiday("2027-03-29", false, "Easter Monday"))))
                .id();
        chicagoCalendarId = admin.post(
                        "/calendars",
                        Map.of(
                                "name",
                                "Chicago office" + tag,
                                "time_zone",
                                "America/Chicago",
                                "working_hours",
                                weekdays("08:00", "18:00"),
                                "holidays",
                                List.of(
                                        holiday("2026-07-04", true, "Independence Day"),
                                        holiday("2026-11-26", false, "Thanksgiving"),
                                        holiday("2026-12-25", true, "Christmas Day"))))
                .id();
    }

    private void rotations() {
        Api.As lead = api.as(cast.get("priya.platform"));
        String coe = team("coe");
        String primary = lead.post(
                        "/rotations",
                        Map.of(
                                "team_id",
                                coe,
                                "name",
                                "CoE primary" + tag,
                                "time_zone",
                                "Europe/Amsterdam",
                                "members",
                                List.of(
                                        cast.get("priya.platform").subject(),
                                        cast.get("lars.platform").subject()),
                                "shift_length",
                                Map.of("amount", 1, "unit", "WEEKS"),
                                "handoff_anchor",
                                "2026-01-05T09:00"))
                .id();
        rotationIds.put("coe", primary);
        lead.post(
                "/escalation-policies",
                Map.of(
                        "team_id",
                        coe,
                        "name",
                        "CoE incidents" + tag,
                        "repeat",
                        1,
                        "levels",
                        List.of(
                                Map.of("delay_minutes", 0, "rotation_id", primary),
                                Map.of(
                                        "delay_minutes",
                                        30,
                                        "subject",
                                        cast.get("priya.platform").subject()))));

        Api.As deskLead = api.as(cast.get("hana.helpdesk"));
        String desk = team("helpdesk");
        String daytime = deskLead.post(
                        "/rotations",
                        Map.of(
                                "team_id",
                                desk,
                                "name",
                                "Service Desk daytime" + tag,
                                "time_zone",
                                "America/Chicago",
                                "members",
                                List.of(
                                        cast.get("hana.helpdesk").subject(),
                                        cast.get("omar.helpdesk").subject()),
                                "shift_length",
                                Map.of("amount", 1, "unit", "DAYS"),
                                "handoff_anchor",
                                "2026-01-05T08:00",
                                "restrictions",
                                List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY").stream()
                                        .map(day -> Map.of(
                                                "start_day",
                                                day,
                                                "start_time",
                                                "08:00",
                                                "end_day",
                                                day,
                                                "end_time",
                                                "18:00"))
                                        .toList(),
                                "restricted_time_consumes_turn",
                                false))
                .id();
        rotationIds.put("helpdesk", daytime);
        deskLead.post(
                "/escalation-policies",
                Map.of(
                        "team_id",
                        desk,
                        "name",
                        "Service Desk" + tag,
                        "levels",
                        List.of(
                                Map.of("delay_minutes", 0, "rotation_id", daytime),
                                Map.of(
                                        "delay_minutes",
                                        15,
                                        "subject",
                                        cast.get("hana.helpdesk").subject()))));
    }

    /** Names the team of every level it routes to, so nothing depends on which team of a kind came first. */
    private void routingTable(Api.As admin) {
        Api.Answer current = admin.get("/routing-table");
        admin.put(
                "/routing-table",
                Map.of(
                        "note",
                        "Demo world: every rule names its team.",
                        "default_level",
                        "HELP_DESK",
                        "default_team_id",
                        team("helpdesk"),
                        "rules",
                        List.of(
                                Map.of(
                                        "categories",
                                        List.of("ACCESS_REQUEST", "HOW_TO", "ENVIRONMENT_REQUEST", "CONNECTOR_REQUEST"),
                                        "route_to",
                                        "HELP_DESK",
                                        "team_id",
                                        team("helpdesk"),
                                        "reason",
                                        "Access, how-to, environment and connector requests go to the Service Desk."),
                                Map.of(
                                        "categories",
                                        List.of("PLATFORM_ISSUE"),
                                        "route_to",
                                        "PLATFORM",
                                        "team_id",
                                        team("coe"),
                                        "reason",
                                        "Platform issues go to the Power Platform CoE."),
                                Map.of(
                                        "tier_ids",
                                        List.of("critical"),
                                        "requires_solution",
                                        true,
                                        "route_to",
                                        "PLATFORM",
                                        "team_id",
                                        team("coe"),
                                        "reason",
                                        "Critical solutions are supported by the CoE."),
                                Map.of(
                                        "requires_solution",
                                        true,
                                        "route_to",
                                        "SOLUTION_CHANNEL",
                                        "reason",
                                        "A ticket about a solution goes to the channel its tier names."))),
                current.etag());
    }

    private static List<Map<String, Object>> weekdays(String... startEndPairs) {
        List<String> days = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        return days.stream()
                .flatMap(day -> IntStream.range(0, startEndPairs.length / 2)
                        .mapToObj(i -> Map.<String, Object>of(
                                "day", day, "start", startEndPairs[2 * i], "end", startEndPairs[2 * i + 1])))
                .toList();
    }

    private static Map<String, Object> holiday(String date, boolean recurring, String name) {
        return Map.of("date", date, "recurring_yearly", recurring, "name", name);
    }
}
