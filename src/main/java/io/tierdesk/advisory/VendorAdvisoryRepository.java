package io.tierdesk.advisory;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class VendorAdvisoryRepository implements PanacheRepositoryBase<VendorAdvisory, UUID> {

    record Filter(AdvisoryStatus status, VendorService service, String region) {}

    List<VendorAdvisory> page(Filter filter, OffsetDateTime afterCreated, UUID afterId, int fetch) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.status() != null) {
            where.append(" and a.status = :status");
            params.put("status", filter.status());
        }
        if (filter.service() != null) {
            where.append(" and a.service = :service");
            params.put("service", filter.service());
        }
        if (filter.region() != null) {
            where.append(" and (a.allRegions = true or array_contains(a.regions, :region))");
            params.put("region", filter.region());
        }
        if (afterCreated != null) {
            where.append(" and (a.createdAt < :afterAt or (a.createdAt = :afterAt and a.id < :afterId))");
            params.put("afterAt", afterCreated);
            params.put("afterId", afterId);
        }
        return find("from VendorAdvisory a where " + where + " order by a.createdAt desc, a.id desc", params)
                .page(0, fetch)
                .list();
    }

    /** Active advisories about these services that cover the region (any region when it is unknown), under way now. */
    List<VendorAdvisory> activeFor(Set<VendorService> services, String region, OffsetDateTime now) {
        Map<String, Object> params = new HashMap<>();
        params.put("active", AdvisoryStatus.ACTIVE);
        params.put("services", services);
        params.put("now", now);
        StringBuilder where = new StringBuilder("a.status = :active and a.service in :services and a.startsAt <= :now"
                + " and (a.endsAt is null or a.endsAt > :now)");
        if (region != null) {
            where.append(" and (a.allRegions = true or array_contains(a.regions, :region))");
            params.put("region", region);
        }
        return find("from VendorAdvisory a where " + where + " order by a.startsAt desc, a.id", params)
                .list();
    }
}
