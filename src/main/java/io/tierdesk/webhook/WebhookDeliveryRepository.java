package io.tierdesk.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** A subscription's deliveries, newest event first. */
    List<WebhookDelivery> page(
            UUID subscriptionId, WebhookDeliveryStatus status, Long afterSeq, UUID afterId, int fetch) {
        StringBuilder where = new StringBuilder("subscriptionId = :subscription");
        Map<String, Object> params = new HashMap<>();
        params.put("subscription", subscriptionId);
        if (status != null) {
            where.append(" and status = :status");
            params.put("status", status);
        }
        if (afterId != null) {
            where.append(" and (eventSeq < :afterSeq or (eventSeq = :afterSeq and id < :afterId))");
            params.put("afterSeq", afterSeq);
            params.put("afterId", afterId);
        }
        return find(where + " order by eventSeq desc, id desc", params)
                .page(0, fetch)
                .list();
    }
}
