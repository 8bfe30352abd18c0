package io.tierdesk.sla.store;

import java.util.List;
import java.util.stream.Collectors;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * New clocks and the transitions they recorded, written in one statement (a data-modifying CTE) instead of a clock
 * insert and a transition insert: a new ticket's clocks are the costliest part of its creation after the ticket
 * itself. The rows are written directly, not through the session, so they are not managed afterwards: a clock read
 * later in the same transaction comes from the database.
 */
final class NewClocksStatement {

    private static final String COLUMNS = "ticket_id, metric, policy_id, policy_version, calendar_id, started_at,"
            + " target_seconds, excluded_seconds, paused_since, stopped_at, last_changed_at, cycle, ever_breached,"
            + " breached_in_cycle, fired_warnings, warning_thresholds, escalate_on_breach, due_at, elapsed_seconds,"
            + " next_check_at";
    private static final String ROW =
            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS integer[])," + " CAST(? AS integer[]), ?, ?, ?, ?)";

    private NewClocksStatement() {}

    static void execute(Session session, List<SlaClockRow> rows, List<SlaClockEvents.Recorded> transitions) {
        StringBuilder sql = new StringBuilder();
        if (!transitions.isEmpty()) {
            sql.append("WITH clocks AS (");
        }
        sql.append("INSERT INTO sla_clocks (").append(COLUMNS).append(") VALUES ");
        sql.append(rows.stream().map(row -> ROW).collect(Collectors.joining(", ")));
        if (!transitions.isEmpty()) {
            sql.append(") ");
            SlaClockEvents.appendInsert(sql, transitions);
        }
        NativeQuery<?> insert = session.createNativeQuery(sql.toString(), Object.class);
        insert.setHibernateFlushMode(FlushMode.MANUAL);
        int position = 1;
        for (SlaClockRow row : rows) {
            position = bind(insert, position, row);
        }
        SlaClockEvents.bind(insert, position, transitions);
        insert.executeUpdate();
    }

    private static int bind(NativeQuery<?> insert, int position, SlaClockRow row) {
        insert.setParameter(position++, row.key.ticketId(), StandardBasicTypes.UUID);
        insert.setParameter(position++, row.key.metric().name(), StandardBasicTypes.STRING);
        insert.setParameter(position++, row.policyId, StandardBasicTypes.UUID);
        insert.setParameter(position++, row.policyVersion, StandardBasicTypes.LONG);
        insert.setParameter(position++, row.calendarId, StandardBasicTypes.UUID);
        insert.setParameter(position++, row.startedAt, StandardBasicTypes.OFFSET_DATE_TIME);
        insert.setParameter(position++, row.targetSeconds, StandardBasicTypes.LONG);
        insert.setParameter(position++, row.excludedSeconds, StandardBasicTypes.LONG);
        insert.setParameter(position++, row.pausedSince, StandardBasicTypes.OFFSET_DATE_TIME);
        insert.setParameter(position++, row.stoppedAt, StandardBasicTypes.OFFSET_DATE_TIME);
        insert.setParameter(position++, row.lastChangedAt, StandardBasicTypes.OFFSET_DATE_TIME);
        insert.setParameter(position++, row.cycle, StandardBasicTypes.INTEGER);
        insert.setParameter(position++, row.everBreached, StandardBasicTypes.BOOLEAN);
        insert.setParameter(position++, row.breachedInCycle, StandardBasicTypes.BOOLEAN);
        insert.setParameter(position++, arrayText(row.firedWarnings), StandardBasicTypes.STRING);
        insert.setParameter(position++, arrayText(row.warningThresholds), StandardBasicTypes.STRING);
        insert.setParameter(position++, row.escalateOnBreach, StandardBasicTypes.BOOLEAN);
        insert.setParameter(position++, row.dueAt, StandardBasicTypes.OFFSET_DATE_TIME);
        insert.setParameter(position++, row.elapsedSeconds, StandardBasicTypes.LONG);
        insert.setParameter(position++, row.nextCheckAt, StandardBasicTypes.OFFSET_DATE_TIME);
        return position;
    }

    /** PostgreSQL's text form of an integer array: {@code {80,90}}. */
    static String arrayText(List<Integer> values) {
        return values.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }
}
