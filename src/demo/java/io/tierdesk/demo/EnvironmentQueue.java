package io.tierdesk.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Environment requests in every state: pending, approved, rejected, cancelled, provisioning (claimed, lease
 * held), live, failed, and expired (ended early by its requester rather than after its expiry_days).
 */
final class EnvironmentQueue {

    static final List<String> STATES =
            List.of("PENDING", "APPROVED", "REJECTED", "CANCELLED", "PROVISIONING", "LIVE", "FAILED", "EXPIRED");

    final List<String> requestIds = new ArrayList<>();

    private final Api api;
    private final Cast cast;
    private final String tag;

    EnvironmentQueue(Api api, Cast cast, String tag) {
        this.api = api;
        this.cast = cast;
        this.tag = tag;
    }

    void load(int perState) {
        Api.As admin = api.as(cast.get("ada.admin"));
        List<String> makers = List.of("maria.maker", "ken.maker", "fatima.maker");
        List<String> toClaim = new ArrayList<>();
        List<String> claimedStates = new ArrayList<>();
        List<String> approveAfterwards = new ArrayList<>();
        Map<String, Person> requesterOf = new HashMap<>();
        int n = 0;
        for (int round = 0; round < perState; round++) {
            for (String state : STATES) {
                Person maker = cast.get(makers.get(n % makers.size()));
                String id = api.as(maker)
                        .post(
                                "/environment-requests",
                                Map.of(
                                        "display_name",
                                        "Env " + (++n) + " " + maker.subject() + tag,
                                        "type",
                                        List.of("SANDBOX", "DEVELOPER", "PRODUCTION", "TRIAL")
                                                .get(n % 4),
                                        "region",
                                        n % 2 == 0 ? "europe" : "unitedstates",
                                        "purpose",
                                        "Demo: a request that ends " + state + ".",
                                        "requested_admins",
                                        List.of(maker.subject()),
                                        "dataverse",
                                        n % 2 == 0,
                                        "expiry_days",
                                        30,
                                        "tier_id",
                                        "important"))
                        .id();
                requestIds.add(id);
                requesterOf.put(id, maker);
                String path = "/environment-requests/" + id;
                switch (state) {
                    case "PENDING" -> {}
                    case "REJECTED" -> admin.post(path + "/reject", Map.of("reason", "Use the shared sandbox."));
                    case "CANCELLED" -> api.as(maker).post(path + "/cancel", null);
                    case "APPROVED" -> approveAfterwards.add(path);
                    default -> {
                        admin.post(path + "/approve", null);
                        toClaim.add(id);
                        claimedStates.add(state);
                    }
                }
            }
        }
        provision(toClaim, claimedStates);
        for (int i = 0; i < toClaim.size(); i++) {
            if (claimedStates.get(i).equals("EXPIRED")) {
                api.as(requesterOf.get(toClaim.get(i)))
                        .post("/environment-requests/" + toClaim.get(i) + "/expire", null);
            }
        }
        // Approved after the worker's claim, so they stay in the queue for bin/provision-worker or the tour.
        approveAfterwards.forEach(path -> admin.post(path + "/approve", null));
    }

    /**
     * The provisioning worker claims the approved requests (oldest first, so on a shared database it may receive
     * others' too; it reports only on its own) and completes or fails them.
     */
    private void provision(List<String> mine, List<String> states) {
        Api.As bot = api.as(cast.get("prov-bot"));
        Set<String> claimed = new HashSet<>();
        for (int attempt = 0; attempt < 20 && !claimed.containsAll(mine); attempt++) {
            Api.Answer answer =
                    bot.post("/environment-requests/claim", Map.of("max_items", 50, "lease_seconds", 3600), 200, 204);
            if (answer.status() == 204) {
                break;
            }
            answer.items().forEach(item -> claimed.add((String) item.get("id")));
        }
        for (int i = 0; i < mine.size(); i++) {
            String path = "/environment-requests/" + mine.get(i);
            switch (states.get(i)) {
                case "LIVE", "EXPIRED" ->
                    bot.post(
                            path + "/complete",
                            Map.of(
                                    "environment_id",
                                    "env-" + mine.get(i),
                                    "environment_url",
                                    "https://org" + i + ".crm4.dynamics.com"));
                case "FAILED" -> bot.post(path + "/fail", Map.of("error", "Capacity exhausted in the region."));
                default -> {}
            }
        }
    }
}
