package io.tierdesk.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Loads the demo world through the service's API, as the people of {@code dev/demo/people.tsv}, so every rule of
 * the service applies to it. On a database of its own (local mode) it also publishes a routing table naming its
 * teams and a fast-lane SLA policy whose clocks warn and breach within minutes; on a shared database (the test
 * suite's) it changes nothing global and its webhook subscription stays disabled.
 */
public final class DemoWorld {

    /** How much to load. */
    public record Size(int solutions, int tickets, int articles, int environmentRequestsPerState) {
        public static final Size FULL = new Size(30, 200, 12, 2);
        public static final Size SMALL = new Size(6, 28, 4, 1);
    }

    /** What was loaded, for whoever checks or shows it. */
    public record Loaded(
            Map<String, String> teamIds,
            List<String> solutionIds,
            List<String> ticketIds,
            List<String> environmentRequestIds,
            String webhookId,
            String webhookSecret,
            String vendorTicketId,
            String pendingGraduationId,
            String handoffId,
            String articleId) {}

    private final Api api;
    private final Cast cast;
    private final String tag;

    /**
     * @param baseUrl the API's base, e.g. {@code http://localhost:8080/api/v1}
     * @param tokens  signs a token for a subject and its roles
     * @param cast    the demo's people, e.g. {@code dev/demo/people.tsv}
     * @param tag     appended to every subject and name, to keep worlds apart on a shared database ("" for none)
     */
    public DemoWorld(String baseUrl, BiFunction<String, List<String>, String> tokens, Path cast, String tag) {
        this.api = new Api(baseUrl, tokens::apply);
        this.cast = Cast.read(cast, tag);
        this.tag = tag;
    }

    public Loaded load(Size size, boolean ownDatabase, String webhookTarget, LocalDate today) {
        Organisation org = new Organisation(api, cast, tag);
        org.load(ownDatabase);
        if (ownDatabase) {
            fastLane();
        }
        Api.Answer webhook = api.as(cast.get("snow-sync"))
                .post(
                        "/webhooks",
                        Map.of(
                                "target_url",
                                webhookTarget,
                                "enabled",
                                ownDatabase,
                                "description",
                                "Demo receiver (bin/demo --receiver)" + tag,
                                "event_types",
                                List.of(
                                        "ticket.created",
                                        "ticket.escalated",
                                        "ticket.resolved",
                                        "sla.warning",
                                        "sla.breached",
                                        "oncall.paged",
                                        "graduation.approved",
                                        "handoff.completed",
                                        "environment_request.provisioned")));
        Inventory inventory = new Inventory(api, cast, org, tag);
        inventory.load(size.solutions(), today);
        TicketMix tickets = new TicketMix(api, cast, org, inventory);
        tickets.load(size.tickets());
        KnowledgeBase knowledge = new KnowledgeBase(api, cast, org, tag);
        knowledge.load(size.articles(), today, tickets.kbCandidateTicketId);
        EnvironmentQueue environments = new EnvironmentQueue(api, cast, tag);
        environments.load(size.environmentRequestsPerState());
        return new Loaded(
                Map.copyOf(org.teamIds),
                inventory.solutions.stream().map(Inventory.Solution::id).toList(),
                List.copyOf(tickets.ticketIds),
                List.copyOf(environments.requestIds),
                webhook.id(),
                (String) webhook.body().get("secret"),
                tickets.vendorTicketId,
                inventory.pendingGraduationId,
                inventory.handoffId,
                knowledge.publishedArticleId);
    }

    /**
     * P1 tickets about Critical solutions, in minutes on the 24x7 calendar (outranking the seeded Critical policy
     * for P1 only): a few minutes after loading, the SLA scan warns, breaches, escalates a help-desk or team ticket
     * to the platform team and pages whoever is on call there.
     */
    private void fastLane() {
        api.as(cast.get("ada.admin"))
                .post(
                        "/sla-policies",
                        Map.of(
                                "name",
                                "Demo: Critical P1 in minutes" + tag,
                                "tier_ids",
                                List.of("critical"),
                                "priorities",
                                List.of("P1"),
                                "calendar_id",
                                Organisation.CALENDAR_24X7,
                                "targets",
                                List.of(Map.of("priority", "P1", "first_response_minutes", 2, "resolution_minutes", 6)),
                                "pause_statuses",
                                List.of("WAITING_ON_REQUESTER", "WAITING_ON_VENDOR"),
                                "warning_thresholds",
                                List.of(50, 75),
                                "escalate_on_breach",
                                true,
                                "rank",
                                200));
    }
}
