package io.tierdesk.ticket;

import io.tierdesk.journal.JournalRow;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

/**
 * A history entry written with the journal's record of the same action, in one statement. The entry's id comes from
 * the identity column as for a persisted entry, so a ticket's history still reads back in the order it happened.
 */
record TicketHistoryRow(TicketHistory entry) implements JournalRow {

    private static final String INSERT = "INSERT INTO ticket_history (ticket_id, at, actor, kind, from_level,"
            + " to_level, from_team_id, to_team_id, from_status, to_status, detail, reason, escalation_graph_version,"
            + " team_choice) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    @Override
    public String insertSql() {
        return INSERT;
    }

    @Override
    public int bind(NativeQuery<?> query, int position) {
        query.setParameter(position++, entry.ticketId, StandardBasicTypes.UUID);
        query.setParameter(position++, entry.at, StandardBasicTypes.OFFSET_DATE_TIME);
        query.setParameter(position++, entry.actor, StandardBasicTypes.STRING);
        query.setParameter(position++, name(entry.kind), StandardBasicTypes.STRING);
        query.setParameter(position++, name(entry.fromLevel), StandardBasicTypes.STRING);
        query.setParameter(position++, name(entry.toLevel), StandardBasicTypes.STRING);
        query.setParameter(position++, entry.fromTeamId, StandardBasicTypes.UUID);
        query.setParameter(position++, entry.toTeamId, StandardBasicTypes.UUID);
        query.setParameter(position++, name(entry.fromStatus), StandardBasicTypes.STRING);
        query.setParameter(position++, name(entry.toStatus), StandardBasicTypes.STRING);
        query.setParameter(position++, entry.detail, StandardBasicTypes.STRING);
        query.setParameter(position++, entry.reason, StandardBasicTypes.STRING);
        query.setParameter(position++, entry.escalationGraphVersion, StandardBasicTypes.INTEGER);
        query.setParameter(position++, entry.teamChoice, StandardBasicTypes.STRING);
        return position;
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
