package io.tierdesk.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class WebhookSubscriptionRepository implements PanacheRepositoryBase<WebhookSubscription, UUID> {

    /** Newest first; {@code owner} null lists everyone's. */
    List<WebhookSubscription> page(String owner, OffsetDateTime afterAt, UUID afterId, int fetch) {
        StringBuilder where = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (owner != null) {
            where.append(" and createdBy = :owner");
            params.put("owner", owner);
        }
        if (afterId != null) {
            where.append(" and (createdAt < :afterAt or (createdAt = :afterAt and id < :afterId))");
            params.put("afterAt", afterAt);
            params.put("afterId", afterId);
        }
        return find(where + " order by createdAt desc, id desc", params)
                .page(0, fetch)
                .list();
    }

    List<WebhookSubscription> enabled() {
        return list("enabled = true");
    }
}
