package io.tierdesk.solution;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tierdesk.api.model.UsageSnapshotBatchItemDto;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.hibernate.Session;

@ApplicationScoped
class UsageRepository implements PanacheRepositoryBase<UsageSnapshot, UsageSnapshot.Key> {

    private static final String UPSERT = """
            INSERT INTO solution_usage (solution_id, day, shared_users, shared_groups, launches_30d, business_units,
                                        recorded_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (solution_id, day) DO UPDATE SET
                shared_users = EXCLUDED.shared_users, shared_groups = EXCLUDED.shared_groups,
                launches_30d = EXCLUDED.launches_30d, business_units = EXCLUDED.business_units,
                recorded_at = EXCLUDED.recorded_at
            WHERE (solution_usage.shared_users, solution_usage.shared_groups, solution_usage.launches_30d,
                   solution_usage.business_units)
                  IS DISTINCT FROM (EXCLUDED.shared_users, EXCLUDED.shared_groups, EXCLUDED.launches_30d,
                   EXCLUDED.business_units)""";

    /** Stores each (solution, day) once, replacing a different earlier snapshot of that day, in JDBC batches. */
    void upsert(List<UsageSnapshotBatchItemDto> items, OffsetDateTime recordedAt) {
        getEntityManager().unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
                int pending = 0;
                for (UsageSnapshotBatchItemDto item : items) {
                    statement.setObject(1, item.getSolutionId());
                    statement.setDate(2, Date.valueOf(item.getDay()));
                    statement.setInt(3, item.getSharedUsers());
                    statement.setInt(4, item.getSharedGroups());
                    statement.setInt(5, item.getLaunches30d());
                    statement.setInt(6, item.getBusinessUnits());
                    statement.setTimestamp(7, Timestamp.from(recordedAt.toInstant()));
                    statement.addBatch();
                    if (++pending == 500) {
                        statement.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        });
    }

    List<UsageSnapshot> page(UUID solutionId, LocalDate beforeDay, int fetch) {
        if (beforeDay == null) {
            return find("key.solutionId = ?1 order by key.day desc", solutionId)
                    .page(0, fetch)
                    .list();
        }
        return find("key.solutionId = ?1 and key.day < ?2 order by key.day desc", solutionId, beforeDay)
                .page(0, fetch)
                .list();
    }
}
