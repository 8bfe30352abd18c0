package io.tierdesk.oncall.rotation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tierdesk.oncall.schedule.ShiftOverride;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ApplicationScoped
class RotationOverrideRepository implements PanacheRepositoryBase<RotationOverride, UUID> {

    List<ShiftOverride> overlapping(UUID rotationId, Instant since, Instant until) {
        return find("rotationId = ?1 and endAt > ?2 and startAt < ?3", rotationId, utc(since), utc(until)).stream()
                .map(RotationOverride::toShiftOverride)
                .toList();
    }

    /** Overrides by start then id, optionally only those overlapping [since, until). */
    List<RotationOverride> page(
            UUID rotationId,
            OffsetDateTime since,
            OffsetDateTime until,
            OffsetDateTime afterStart,
            UUID afterId,
            int fetch) {
        StringBuilder where = new StringBuilder("rotationId = :rotation");
        Map<String, Object> params = new HashMap<>();
        params.put("rotation", rotationId);
        if (since != null) {
            where.append(" and endAt > :since");
            params.put("since", since);
        }
        if (until != null) {
            where.append(" and startAt < :until");
            params.put("until", until);
        }
        if (afterStart != null) {
            where.append(" and (startAt > :afterStart or (startAt = :afterStart and id > :afterId))");
            params.put("afterStart", afterStart);
            params.put("afterId", afterId);
        }
        return find(where + " order by startAt, id", params).page(0, fetch).list();
    }

    private static OffsetDateTime utc(Instant instant) {
        Instant bounded = instant.isBefore(MIN) ? MIN : instant.isAfter(MAX) ? MAX : instant;
        return bounded.atOffset(ZoneOffset.UTC);
    }

    private static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant MAX = Instant.parse("9999-12-31T00:00:00Z");
}
