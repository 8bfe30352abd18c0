package io.tierdesk.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Solutions across the three tiers with usage history (a few outgrow their tier; several lack what their tier
 * asks, so compliance has findings), and graduation: one approved at once, one to Critical whose handoff to the
 * platform team is under way, one waiting for a decision.
 */
final class Inventory {

    /** A registered solution: its id, tier, maker and owning team (a cast key, or null). */
    record Solution(String id, String name, String tier, Person maker, String team) {}

    private static final String[] NAMES = {
        "Expense Helper",
        "Claims Intake",
        "Fleet Tracker",
        "Policy Lookup",
        "Broker Portal",
        "Invoice Approvals",
        "Travel Requests",
        "Risk Scoring",
        "Vendor Onboarding",
        "Payroll Checks",
        "Desk Booking",
        "FNOL Bot",
        "Audit Sampler",
        "Quote Builder",
        "Renewal Reminders",
        "Budget Planner",
        "Loss Adjuster App",
        "Reinsurance Ledger",
        "Contract Library",
        "Incident Reporter",
        "Asset Register",
        "Training Tracker",
        "Subrogation Flow",
        "Premium Calculator",
        "Month-End Close",
        "Customer Callbacks",
        "Document Classifier",
        "Fraud Signals",
        "Agent Scorecards",
        "Cash Forecast"
    };
    private static final String[] KINDS = {"CANVAS_APP", "FLOW", "MODEL_DRIVEN_APP", "CHATBOT", "FLOW", "CANVAS_APP"};

    final List<Solution> solutions = new ArrayList<>();
    String pendingGraduationId;
    String handoffId;

    private final Api api;
    private final Cast cast;
    private final Organisation org;
    private final String tag;

    Inventory(Api api, Cast cast, Organisation org, String tag) {
        this.api = api;
        this.cast = cast;
        this.org = org;
        this.tag = tag;
    }

    void load(int count, LocalDate today) {
        Api.As admin = api.as(cast.get("ada.admin"));
        for (int i = 0; i < count; i++) {
            solutions.add(register(admin, i, count));
        }
        usage(today);
        graduations();
    }

    List<Solution> inTier(String tier) {
        return solutions.stream().filter(s -> s.tier().equals(tier)).toList();
    }

    /** 40 % Productivity, a third Important, the rest Critical; makers and teams by business unit. */
    private Solution register(Api.As admin, int i, int count) {
        String tier = i < count * 2 / 5 ? "productivity" : i < count * 11 / 15 ? "important" : "critical";
        String unit = Organisation.BUSINESS_UNITS.get(i % 3);
        Person maker = cast.get(
                switch (unit) {
                    case "Claims" -> i % 2 == 0 ? "maria.maker" : "tom.maker";
                    case "Underwriting" -> "ken.maker";
                    default -> "fatima.maker";
                });
        String team = tier.equals("productivity") ? null : unit.equals("Underwriting") ? "underwriting" : "claims";
        String name = NAMES[i % NAMES.length] + (i >= NAMES.length ? " " + (i / NAMES.length + 1) : "") + tag;
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("kind", KINDS[i % KINDS.length]);
        body.put("maker", maker.subject());
        body.put("business_unit", unit);
        body.put("tier_id", tier);
        body.put("lifecycle_state", i % 7 == 6 ? "IN_DEVELOPMENT" : "IN_PRODUCTION");
        body.put("connectors", List.of("SharePoint", i % 2 == 0 ? "Dataverse" : "Office 365 Outlook"));
        body.put("data_sources", List.of(unit + " SharePoint site"));
        if (team != null) {
            body.put("owning_team_id", org.team(team));
        }
        // Every fourth solution leaves out its description and justification: compliance lists what is missing.
        if (i % 4 != 3) {
            body.put("description", name + " for " + unit + ".");
            body.put("business_justification", "Replaces a manual " + unit + " process.");
        }
        if (tier.equals("critical")) {
            body.put(
                    "environment",
                    Map.of(
                            "id",
                            "env-" + unit.toLowerCase() + "-prod",
                            "name",
                            unit + " production",
                            "type",
                            "PRODUCTION"));
            if (i % 2 == 0) {
                body.put("mitigation_plan_url", "https://wiki.example.org/mitigation/" + i);
            }
        } else {
            body.put("environment", Map.of("id", "env-default", "name", "Default", "type", "DEFAULT"));
        }
        String id = admin.post("/solutions", body).id();
        return new Solution(id, name, tier, maker, team);
    }

    /**
     * Four weekly snapshots per solution; the first three Productivity solutions outgrow their tier's thresholds
     * (more than 20 users and 500 launches), so they are graduation candidates.
     */
    private void usage(LocalDate today) {
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < solutions.size(); i++) {
            Solution solution = solutions.get(i);
            boolean outgrowing = solution.tier().equals("productivity") && i < 3;
            for (int week = 3; week >= 0; week--) {
                int growth = 4 - week;
                items.add(Map.of(
                        "solution_id",
                        solution.id(),
                        "day",
                        today.minusWeeks(week).toString(),
                        "shared_users",
                        outgrowing ? 10 + 12 * growth : 3 + i % 5 + growth,
                        "shared_groups",
                        solution.tier().equals("productivity") ? 0 : 1 + i % 3,
                        "launches_30d",
                        outgrowing ? 200 * growth : 40 + 10 * i + growth,
                        "business_units",
                        outgrowing ? 2 : 1));
            }
        }
        Api.As bot = api.as(cast.get("prov-bot"));
        for (int from = 0; from < items.size(); from += 100) {
            bot.post("/usage-snapshots/bulk", Map.of("items", items.subList(from, Math.min(items.size(), from + 100))));
        }
    }

    private void graduations() {
        Api.As platform = api.as(cast.get("priya.platform"));
        List<Solution> productivity = inTier("productivity");
        List<Solution> important = inTier("important");
        if (productivity.size() >= 2) {
            Solution grown = productivity.get(0);
            String id = api.as(grown.maker())
                    .post(
                            "/graduation-requests",
                            Map.of(
                                    "solution_id",
                                    grown.id(),
                                    "to_tier_id",
                                    "important",
                                    "justification",
                                    "Used across two business units now."))
                    .id();
            platform.post("/graduation-requests/" + id + "/approve", Map.of("reason", "Usage justifies it."));
            Solution waiting = productivity.get(1);
            pendingGraduationId = api.as(waiting.maker())
                    .post(
                            "/graduation-requests",
                            Map.of(
                                    "solution_id",
                                    waiting.id(),
                                    "to_tier_id",
                                    "important",
                                    "justification",
                                    "More than twenty colleagues depend on it."))
                    .id();
        }
        if (!important.isEmpty()) {
            Solution critical = important.get(0);
            String id = api.as(critical.maker())
                    .post(
                            "/graduation-requests",
                            Map.of(
                                    "solution_id",
                                    critical.id(),
                                    "to_tier_id",
                                    "critical",
                                    "justification",
                                    "Month-end close depends on it."))
                    .id();
            Api.Answer approved = platform.post(
                    "/graduation-requests/" + id + "/approve",
                    Map.of("reason", "Business critical; the CoE takes it over."));
            handoffId = (String) approved.body().get("handoff_id");
            if (handoffId != null) {
                String path = "/handoffs/" + handoffId;
                platform.post(path + "/transitions", Map.of("status", "ACCEPTED", "reason", "We take it."));
                platform.post(path + "/transitions", Map.of("status", "IN_PROGRESS"));
                platform.post(
                        path + "/checklist/RUNBOOK",
                        Map.of("evidence", "https://wiki.example.org/runbooks/" + critical.id()));
                platform.post(
                        path + "/checklist/ALM_PIPELINE", Map.of("evidence", "Pipeline 'close-prod' deploys it."));
            }
        }
    }
}
