package io.tierdesk.shift;

import io.tierdesk.common.Caller;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Forbidden;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import io.tierdesk.oncall.OnCallDirectory;
import io.tierdesk.oncall.access.OnCallAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Reading and working shift handoffs. Whoever may read a team's on-call setup reads its handoffs; the outgoing
 * member writes the notes (a lead, platform or admin when nobody was on call before), and only the incoming
 * member acknowledges.
 */
@ApplicationScoped
class ShiftHandoffService {

    private final ShiftHandoffRepository handoffs;
    private final ShiftHandoffJob job;
    private final OnCallDirectory directory;
    private final OnCallAccess access;
    private final Caller caller;
    private final Pager pager;
    private final Journal journal;
    private final Clock clock;

    ShiftHandoffService(
            ShiftHandoffRepository handoffs,
            ShiftHandoffJob job,
            OnCallDirectory directory,
            OnCallAccess access,
            Caller caller,
            Pager pager,
            Journal journal,
            Clock clock) {
        this.handoffs = handoffs;
        this.job = job;
        this.directory = directory;
        this.access = access;
        this.caller = caller;
        this.pager = pager;
        this.journal = journal;
        this.clock = clock;
    }

    Page<ShiftHandoff> list(
            UUID teamId, UUID rotationId, String member, Boolean unacknowledged, Integer limit, String cursor) {
        if (teamId != null && !access.canRead(teamId)) {
            throw new NotFound("team", teamId);
        }
        if (rotationId != null) {
            directory
                    .teamOf(rotationId)
                    .filter(access::canRead)
                    .orElseThrow(() -> new NotFound("rotation", rotationId));
            job.recordRecent(rotationId);
        }
        var filter = new ShiftHandoffRepository.Filter(
                access.readsAllTeams() ? null : caller.teams(), teamId, rotationId, member, unacknowledged);
        return pager.page(
                "shift-handoffs:" + filter,
                limit,
                cursor,
                2,
                (after, fetch) -> handoffs.page(filter, after.time(0), after.id(1), fetch),
                handoff -> List.of(handoff.boundaryAt.toString(), handoff.id.toString()));
    }

    ShiftHandoff visible(UUID id) {
        ShiftHandoff handoff = handoffs.findById(id);
        if (handoff == null || !access.canRead(handoff.teamId)) {
            throw new NotFound("shift handoff", id);
        }
        return handoff;
    }

    List<ShiftHandoffTicket> tickets(ShiftHandoff handoff) {
        return handoffs.tickets(handoff.id);
    }

    @Transactional
    ShiftHandoff writeNotes(UUID id, String notes, String ifMatch) {
        ShiftHandoff handoff = visible(id);
        ETags.checkIfMatch(ifMatch, handoff.version);
        boolean outgoing = handoff.outgoingMember != null && handoff.outgoingMember.equals(caller.subject());
        boolean standIn = handoff.outgoingMember == null && access.canManage(handoff.teamId);
        if (!outgoing && !standIn) {
            throw new Forbidden("Only the outgoing member writes a handoff's notes.");
        }
        requireUnacknowledged(handoff, "Its notes can no longer change.");
        var before = ShiftHandoffMapper.summary(handoff);
        handoff.notes = notes;
        handoff.notesAt = Timestamps.now(clock);
        handoffs.flush();
        journal.record(
                "shift_handoff.notes_written",
                Journal.Subject.of("shift_handoff", id),
                before,
                ShiftHandoffMapper.summary(handoff));
        return handoff;
    }

    @Transactional
    ShiftHandoff acknowledge(UUID id) {
        ShiftHandoff handoff = visible(id);
        if (!handoff.incomingMember.equals(caller.subject())) {
            throw new Forbidden("Only the incoming member acknowledges a handoff.");
        }
        requireUnacknowledged(handoff, "It was acknowledged once already.");
        var before = ShiftHandoffMapper.summary(handoff);
        handoff.acknowledgedBy = caller.subject();
        handoff.acknowledgedAt = Timestamps.now(clock);
        handoffs.flush();
        journal.record(
                "shift_handoff.acknowledged",
                Journal.Subject.of("shift_handoff", id),
                before,
                ShiftHandoffMapper.summary(handoff));
        return handoff;
    }

    private static void requireUnacknowledged(ShiftHandoff handoff, String detail) {
        if (handoff.isAcknowledged()) {
            throw new Conflict(
                    "handoff-acknowledged",
                    "The handoff was acknowledged by " + handoff.acknowledgedBy + " at " + handoff.acknowledgedAt + ". "
                            + detail);
        }
    }
}
