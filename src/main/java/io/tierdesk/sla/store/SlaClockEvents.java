package io.tierdesk.sla.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.tierdesk.sla.clock.SlaMetric;
import io.tierdesk.sla.clock.SlaTransition;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/** The recorded transitions of ticket clocks: the history that explains a due date. */
@ApplicationScoped
class SlaClockEvents implements PanacheRepository<SlaClockEventRow> {

    /** A transition of one ticket clock, to record. */
    record Recorded(UUID ticketId, SlaMetric metric, SlaTransition transition) {}

    static List<Recorded> recorded(UUID ticketId, SlaMetric metric, List<SlaTransition> transitions) {
        return transitions.stream()
                .map(transition -> new Recorded(ticketId, metric, transition))
                .toList();
    }

    /**
     * Inserts the transitions in one statement, in list order: ids come from an identity column, so that a clock's
     * history reads back in order whatever replica wrote it, and Hibernate cannot batch identity inserts. The
     * statement does not flush the session: the tickets must be in the database already (the rows only refer to
     * them), which holds for a clock that was loaded; new clocks go out with their transitions
     * ({@link NewClocksStatement}).
     */
    void record(List<Recorded> transitions) {
        if (transitions.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder();
        appendInsert(sql, transitions);
        NativeQuery<?> insert = getSession().createNativeQuery(sql.toString(), Object.class);
        insert.setHibernateFlushMode(FlushMode.MANUAL);
        bind(insert, 1, transitions);
        insert.executeUpdate();
    }

    /** The statement of {@link #record}, for a caller that sends it with other writes; binds from a position. */
    static void appendInsert(StringBuilder sql, List<Recorded> transitions) {
        sql.append("INSERT INTO sla_clock_events (ticket_id, metric, type, at, cycle, pause_reason, warning_percent,"
                + " previous_target_seconds, new_target_seconds, due_at) VALUES ");
        for (int i = 0; i < transitions.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }
    }

    /** Binds the parameters of {@link #appendInsert} from {@code position}; returns the next position. */
    static int bind(NativeQuery<?> insert, int position, List<Recorded> transitions) {
        for (Recorded recorded : transitions) {
            SlaTransition transition = recorded.transition();
            insert.setParameter(position++, recorded.ticketId(), StandardBasicTypes.UUID);
            insert.setParameter(position++, recorded.metric().name(), StandardBasicTypes.STRING);
            insert.setParameter(position++, transition.type().name(), StandardBasicTypes.STRING);
            insert.setParameter(position++, at(transition.at()), StandardBasicTypes.OFFSET_DATE_TIME);
            insert.setParameter(position++, transition.cycle(), StandardBasicTypes.INTEGER);
            insert.setParameter(position++, transition.pauseReason(), StandardBasicTypes.STRING);
            insert.setParameter(position++, transition.warningPercent(), StandardBasicTypes.INTEGER);
            insert.setParameter(position++, seconds(transition.previousTarget()), StandardBasicTypes.LONG);
            insert.setParameter(position++, seconds(transition.newTarget()), StandardBasicTypes.LONG);
            insert.setParameter(position++, at(transition.dueAt()), StandardBasicTypes.OFFSET_DATE_TIME);
        }
        return position;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    List<SlaTransition> of(UUID ticketId, SlaMetric metric) {
        return list("ticketId = ?1 and metric = ?2 order by id", ticketId, metric).stream()
                .map(row -> new SlaTransition(
                        row.type,
                        row.at.toInstant(),
                        row.cycle,
                        row.pauseReason,
                        row.warningPercent,
                        duration(row.previousTargetSeconds),
                        duration(row.newTargetSeconds),
                        row.dueAt == null ? null : row.dueAt.toInstant()))
                .toList();
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }

    private static Duration duration(Long seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }
}
