package io.tierdesk.shift;

import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import io.tierdesk.oncall.OnCallDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records a handoff for every boundary of a rotation in a span. The insert does nothing when the boundary is
 * already recorded (unique rotation and boundary), so the job and the lazy path, in any number of replicas,
 * leave exactly one record, and only the transaction that inserted it snapshots the tickets and audits it.
 */
@ApplicationScoped
public class ShiftHandoffRecorder {

    /** The largest ticket list kept with a handoff; the counts always cover every open ticket. */
    static final int MAX_TICKETS = 500;

    private static final String TICKET_STATES = """
            SELECT t.id, t.title, t.priority, t.status, t.due_at,
                   CASE WHEN bool_or(c.breached_in_cycle) THEN 'BREACHED'
                        WHEN bool_or(cardinality(c.fired_warnings) > 0) THEN 'WARNED'
                        WHEN count(c.ticket_id) > 0 THEN 'ON_TRACK'
                        ELSE 'NONE' END AS sla_state
            FROM tickets t
            LEFT JOIN sla_clocks c ON c.ticket_id = t.id AND c.stopped_at IS NULL
            WHERE t.team_id = :team AND t.status NOT IN ('RESOLVED', 'CLOSED')
            GROUP BY t.id""";

    private final OnCallDirectory directory;
    private final EntityManager em;
    private final Journal journal;
    private final Clock clock;

    ShiftHandoffRecorder(OnCallDirectory directory, EntityManager em, Journal journal, Clock clock) {
        this.directory = directory;
        this.em = em;
        this.journal = journal;
        this.clock = clock;
    }

    /** Records the boundaries of a rotation in (since, until]; returns how many this call created. */
    @Transactional
    public int record(UUID rotationId, Instant since, Instant until) {
        int created = 0;
        for (OnCallDirectory.Boundary boundary : directory.boundaries(rotationId, since, until)) {
            created += recordOne(boundary) ? 1 : 0;
        }
        return created;
    }

    private boolean recordOne(OnCallDirectory.Boundary boundary) {
        UUID id = UUID.randomUUID();
        int inserted = em.createNativeQuery("""
                        INSERT INTO shift_handoffs (id, rotation_id, team_id, boundary_at, outgoing_member,
                                                    incoming_member, open_tickets, at_risk_tickets, created_at)
                        VALUES (:id, :rotation, :team, :boundary, :outgoing, :incoming, 0, 0, :now)
                        ON CONFLICT (rotation_id, boundary_at) DO NOTHING""")
                .setParameter("id", id)
                .setParameter("rotation", boundary.rotationId())
                .setParameter("team", boundary.teamId())
                .setParameter("boundary", OffsetDateTime.ofInstant(boundary.at(), ZoneOffset.UTC))
                .setParameter("outgoing", boundary.outgoing())
                .setParameter("incoming", boundary.incoming())
                .setParameter("now", Timestamps.now(clock))
                .executeUpdate();
        if (inserted == 0) {
            return false;
        }
        snapshotTickets(id, boundary.teamId());
        ShiftHandoff handoff = em.find(ShiftHandoff.class, id);
        journal.record(
                "shift_handoff.created",
                new Journal.Subject("shift_handoff", id, null, handoff.teamId),
                null,
                ShiftHandoffMapper.summary(handoff));
        return true;
    }

    private void snapshotTickets(UUID handoffId, UUID teamId) {
        em.createNativeQuery("INSERT INTO shift_handoff_tickets"
                        + " (handoff_id, ticket_id, title, priority, status, sla_state, due_at, at_risk)"
                        + " SELECT :handoff, s.id, s.title, s.priority, s.status, s.sla_state, s.due_at,"
                        + " s.sla_state IN ('WARNED', 'BREACHED')"
                        + " FROM (" + TICKET_STATES + ") s"
                        + " ORDER BY s.sla_state IN ('WARNED', 'BREACHED') DESC, s.due_at ASC NULLS LAST, s.id"
                        + " LIMIT " + MAX_TICKETS)
                .setParameter("handoff", handoffId)
                .setParameter("team", teamId)
                .executeUpdate();
        em.createNativeQuery("UPDATE shift_handoffs h SET open_tickets = s.open, at_risk_tickets = s.at_risk"
                        + " FROM (SELECT count(*) AS open,"
                        + " count(*) FILTER (WHERE sla_state IN ('WARNED', 'BREACHED')) AS at_risk"
                        + " FROM (" + TICKET_STATES + ") x) s WHERE h.id = :handoff")
                .setParameter("handoff", handoffId)
                .setParameter("team", teamId)
                .executeUpdate();
    }
}
