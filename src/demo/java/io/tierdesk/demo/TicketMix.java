package io.tierdesk.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tickets in every status and at every support level, raised by their requesters and worked by the people of the
 * level that holds them: comments (public answers and internal notes), escalations along both paths — to the
 * platform team, on to the partner or to a vendor with its case reference — resolutions, closures and a reopen.
 */
final class TicketMix {

    private static final List<String> STATUSES =
            List.of("NEW", "TRIAGED", "IN_PROGRESS", "WAITING_ON_REQUESTER", "WAITING_ON_VENDOR", "RESOLVED", "CLOSED");
    private static final List<String> PRIORITIES = List.of("P3", "P2", "P4", "P3", "P1");

    /** What a ticket is about: its category and the tier of its solution (null: no solution). */
    private record Scenario(String category, String tier, String title) {}

    private static final List<Scenario> SCENARIOS = List.of(
            new Scenario("ACCESS_REQUEST", "critical", "Access to the data behind %s"),
            new Scenario("HOW_TO", "productivity", "How do I share %s with my team?"),
            new Scenario("BUG", "productivity", "%s shows yesterday's totals"),
            new Scenario("BUG", "important", "%s fails to save attachments"),
            new Scenario("CHANGE_REQUEST", "important", "Add an approval step to %s"),
            new Scenario("BUG", "critical", "%s times out at month end"),
            new Scenario("PLATFORM_ISSUE", "critical", "Flows behind %s are throttled"),
            new Scenario("CONNECTOR_REQUEST", null, "Allow the SAP connector for %s"),
            new Scenario("ENVIRONMENT_REQUEST", null, "A test environment for %s"),
            new Scenario("HOW_TO", "important", "Where are the logs of %s?"));

    final List<String> ticketIds = new ArrayList<>();
    String vendorTicketId;
    String kbCandidateTicketId;

    private final Api api;
    private final Cast cast;
    private final Organisation org;
    private final Inventory inventory;

    TicketMix(Api api, Cast cast, Organisation org, Inventory inventory) {
        this.api = api;
        this.cast = cast;
        this.org = org;
        this.inventory = inventory;
    }

    void load(int count) {
        for (int i = 0; i < count; i++) {
            ticket(i);
        }
    }

    private void ticket(int i) {
        Scenario scenario = SCENARIOS.get(i % SCENARIOS.size());
        String target = STATUSES.get((i + i / SCENARIOS.size()) % STATUSES.size());
        Inventory.Solution solution = solutionFor(scenario, i);
        Person requester = solution != null
                ? solution.maker()
                : cast.get(List.of("maria.maker", "ken.maker", "fatima.maker", "tom.maker")
                        .get(i % 4));
        String subject = solution != null ? solution.name() : Organisation.BUSINESS_UNITS.get(i % 3) + " team";
        Map<String, Object> create = new HashMap<>(Map.of(
                "category",
                scenario.category(),
                "title",
                String.format(scenario.title(), subject),
                "priority",
                urgent(scenario, i) ? "P1" : PRIORITIES.get(i % PRIORITIES.size()),
                "description",
                "Raised from the demo world (ticket " + (i + 1) + ")."));
        if (solution != null) {
            create.put("solution_id", solution.id());
        }
        Api.Answer created = api.as(requester).post("/tickets", create);
        String id = created.id();
        ticketIds.add(id);
        String path = "/tickets/" + id;
        String level = (String) created.body().get("support_level");
        api.as(requester).post(path + "/comments", Map.of("body", "It started this morning.", "visibility", "PUBLIC"));
        if (target.equals("NEW")) {
            return;
        }
        Person worker = worker(level, solution, i);
        move(worker, path, "TRIAGED");
        api.as(worker).post(path + "/comments", Map.of("body", "Looking into it.", "visibility", "PUBLIC"));
        if (escalates(scenario, i)) {
            level = escalate(worker, path, level, i);
            worker = worker(level, solution, i);
            api.as(worker)
                    .post(
                            path + "/comments",
                            Map.of("body", "Escalated; notes are in the history.", "visibility", "INTERNAL"));
            if (level.equals("VENDOR") && vendorTicketId == null) {
                vendorTicketId = id;
            }
        }
        if (target.equals("TRIAGED")) {
            return;
        }
        move(worker, path, "IN_PROGRESS");
        switch (target) {
            case "WAITING_ON_REQUESTER" -> move(worker, path, "WAITING_ON_REQUESTER");
            case "WAITING_ON_VENDOR" -> move(worker, path, "WAITING_ON_VENDOR");
            case "RESOLVED", "CLOSED" -> resolve(worker, requester, path, target, i);
            default -> {}
        }
    }

    private void resolve(Person worker, Person requester, String path, String target, int i) {
        move(worker, path, "RESOLVED");
        if (i % 20 == 5) {
            // The requester reopens it; it is fixed again.
            move(requester, path, "IN_PROGRESS");
            move(worker, path, "RESOLVED");
        }
        if (i % 10 == 1 && kbCandidateTicketId == null) {
            api.as(worker)
                    .patch(
                            path,
                            Map.of(
                                    "kb_candidate",
                                    true,
                                    "kb_summary",
                                    "Sharing an app with a team: share it with the team's security group."));
            kbCandidateTicketId = path.substring("/tickets/".length());
        }
        if (target.equals("CLOSED")) {
            move(requester, path, "CLOSED");
        }
    }

    /** P1: platform issues, and access requests about Critical solutions (the help desk holds them; a breach
     * escalates them to the platform team and pages its on-call engineer). */
    private static boolean urgent(Scenario scenario, int i) {
        return scenario.category().equals("PLATFORM_ISSUE") || i % SCENARIOS.size() == 0;
    }

    /** Help-desk tickets go to the platform team, and some on to the partner or a vendor; some team tickets too. */
    private boolean escalates(Scenario scenario, int i) {
        return i % SCENARIOS.size() == 9
                || (i % SCENARIOS.size() == 0 && (i / SCENARIOS.size()) % 3 == 0)
                || (i % SCENARIOS.size() == 3 && (i / SCENARIOS.size()) % 2 == 0);
    }

    private String escalate(Person worker, String path, String level, int i) {
        if (level.equals("HELP_DESK") || level.equals("TEAM")) {
            api.as(worker)
                    .post(
                            path + "/escalations",
                            Map.of(
                                    "to_level",
                                    "PLATFORM",
                                    "team_id",
                                    org.team("coe"),
                                    "reason",
                                    "Needs the platform team."));
            level = "PLATFORM";
            worker = cast.get("lars.platform");
        }
        if (level.equals("PLATFORM") && i % SCENARIOS.size() == 9) {
            if ((i / SCENARIOS.size()) % 2 == 0) {
                api.as(worker)
                        .post(
                                path + "/escalations",
                                Map.of(
                                        "to_level",
                                        "VENDOR",
                                        "vendor_case_ref",
                                        "MS-" + (2604100 + i),
                                        "reason",
                                        "Product defect: opened a vendor case."));
                return "VENDOR";
            }
            api.as(worker)
                    .post(
                            path + "/escalations",
                            Map.of(
                                    "to_level",
                                    "PARTNER",
                                    "team_id",
                                    org.team("partner"),
                                    "reason",
                                    "The partner maintains this solution."));
            return "PARTNER";
        }
        return level;
    }

    private void move(Person person, String path, String status) {
        api.as(person).post(path + "/transitions", Map.of("to_status", status, "reason", "Demo: " + status));
    }

    private Person worker(String level, Inventory.Solution solution, int i) {
        return switch (level) {
            case "HELP_DESK" -> cast.get(i % 2 == 0 ? "omar.helpdesk" : "hana.helpdesk");
            case "PLATFORM", "VENDOR" -> cast.get(i % 2 == 0 ? "lars.platform" : "priya.platform");
            case "PARTNER" -> cast.get("pablo.partner");
            case "TEAM" -> cast.get("underwriting".equals(solution.team()) ? "ken.maker" : "maria.maker");
            default -> solution.maker();
        };
    }

    private Inventory.Solution solutionFor(Scenario scenario, int i) {
        if (scenario.tier() == null) {
            return null;
        }
        List<Inventory.Solution> tier = inventory.inTier(scenario.tier());
        return tier.isEmpty() ? null : tier.get(i % tier.size());
    }
}
