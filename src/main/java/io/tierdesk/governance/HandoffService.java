package io.tierdesk.governance;

import io.tierdesk.api.model.ChecklistItemCodeDto;
import io.tierdesk.api.model.HandoffCreateDto;
import io.tierdesk.api.model.HandoffStatusDto;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Enums;
import io.tierdesk.common.FieldError;
import io.tierdesk.common.Forbidden;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.Roles;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import io.tierdesk.solution.Solution;
import io.tierdesk.solution.SolutionRepository;
import io.tierdesk.solution.SolutionService;
import io.tierdesk.team.TeamService;
import io.tierdesk.ticket.TicketWorkflow;
import io.tierdesk.tier.SupportLevel;
import io.tierdesk.tier.Tier;
import io.tierdesk.tier.TierService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Transfers of a solution's support: who may propose, accept and complete them, and what completing changes. */
@ApplicationScoped
class HandoffService {

    private final GovernanceRepositories.Handoffs handoffs;
    private final GovernanceRepositories.GraduationRequests graduations;
    private final SolutionService solutionService;
    private final SolutionRepository solutions;
    private final TierService tiers;
    private final TeamService teams;
    private final TicketWorkflow tickets;
    private final Attestations attestations;
    private final Journal journal;
    private final Caller caller;
    private final Clock clock;

    HandoffService(
            GovernanceRepositories.Handoffs handoffs,
            GovernanceRepositories.GraduationRequests graduations,
            SolutionService solutionService,
            SolutionRepository solutions,
            TierService tiers,
            TeamService teams,
            TicketWorkflow tickets,
            Attestations attestations,
            Journal journal,
            Caller caller,
            Clock clock) {
        this.handoffs = handoffs;
        this.graduations = graduations;
        this.solutionService = solutionService;
        this.solutions = solutions;
        this.tiers = tiers;
        this.teams = teams;
        this.tickets = tickets;
        this.attestations = attestations;
        this.journal = journal;
        this.caller = caller;
        this.clock = clock;
    }

    /** Handoffs the caller may see (see {@link #visible}), newest first, after (created, id) of the previous page. */
    List<Handoff> page(
            HandoffStatusDto requestedStatus,
            UUID solutionId,
            UUID toTeamId,
            OffsetDateTime afterCreated,
            UUID afterId,
            int fetch) {
        HandoffStatus status = Enums.same(requestedStatus, HandoffStatus.class);
        return handoffs.page(
                status,
                solutionId,
                toTeamId,
                solutionService.visibility(),
                caller.teams(),
                afterCreated,
                afterId,
                fetch);
    }

    /** The handoff, or 404 unless the caller may see its solution or belongs to the receiving team. */
    Handoff visible(UUID id) {
        Handoff handoff = handoffs.findById(id);
        if (handoff == null || !(receives(handoff) || seesSolution(handoff.solutionId))) {
            throw new NotFound("handoff", id);
        }
        return handoff;
    }

    @Transactional
    Handoff propose(HandoffCreateDto request) {
        Solution solution = solutionService.visible(request.getSolutionId());
        if (!governs() && !owns(solution)) {
            throw new Forbidden("Only the solution's owners or governance propose a handoff.");
        }
        teams.require(request.getToTeamId(), "to_team_id");
        return open(
                solution,
                tiers.get(solution.tierId),
                request.getToTeamId(),
                Enums.same(request.getToLevel(), SupportLevel.class),
                null,
                request.getReason());
    }

    /** Opens a handoff with the checklist of the target tier; 409 when the solution already has an open one. */
    @Transactional(Transactional.TxType.MANDATORY)
    Handoff open(
            Solution solution, Tier target, UUID toTeamId, SupportLevel toLevel, UUID graduationId, String reason) {
        if (handoffs.openFor(solution.id)) {
            throw new Conflict(
                    "handoff-open",
                    "Solution " + solution.id + " already has an open handoff; complete or cancel it first.");
        }
        Handoff handoff = new Handoff();
        handoff.id = UUID.randomUUID();
        handoff.solutionId = solution.id;
        handoff.graduationRequestId = graduationId;
        handoff.targetTierId = target.id;
        handoff.toTeamId = toTeamId;
        handoff.toLevel = toLevel;
        handoff.reason = reason;
        handoff.proposedBy = caller.subject();
        handoff.status = HandoffStatus.PROPOSED;
        handoff.checklist = HandoffChecklist.forTier(target);
        handoffs.persist(handoff);
        journal.created("handoff.proposed", GovernanceMapper.subject(handoff), handoff, GovernanceMapper::toApi);
        return handoff;
    }

    @Transactional
    Handoff transition(UUID id, HandoffStatusDto requested, String reason, String ifMatch) {
        HandoffStatus to = Enums.same(requested, HandoffStatus.class);
        Handoff handoff = visible(id);
        ETags.checkIfMatch(ifMatch, handoff.version);
        boolean allowed = to == HandoffStatus.CANCELLED
                ? governs()
                        || receives(handoff)
                        || caller.subject().equals(handoff.proposedBy)
                        || owns(solutions.findById(handoff.solutionId))
                : governs() || receives(handoff);
        if (!allowed) {
            throw new Forbidden(
                    to == HandoffStatus.CANCELLED
                            ? "Only the parties to a handoff cancel it."
                            : "Only the receiving team or governance accept, start and complete a handoff.");
        }
        HandoffStates.check(handoff.status, to);
        var before = GovernanceMapper.toApi(handoff);
        if (to == HandoffStatus.COMPLETED) {
            complete(handoff);
        } else if (to == HandoffStatus.REJECTED || to == HandoffStatus.CANCELLED) {
            endGraduation(handoff, GraduationRequestStatus.CANCELLED);
        }
        handoff.status = to;
        journal.changed(
                "handoff." + to.toString().toLowerCase(),
                GovernanceMapper.subject(handoff),
                handoff,
                before,
                GovernanceMapper::toApi);
        return handoff;
    }

    @Transactional
    Handoff tick(UUID id, ChecklistItemCodeDto requested, String evidence) {
        ChecklistItemCode code = Enums.same(requested, ChecklistItemCode.class);
        Handoff handoff = visible(id);
        if (!governs()
                && !receives(handoff)
                && !owns(solutions.findById(handoff.solutionId))
                && !keepsTheKnowledgeBase(code)) {
            throw new Forbidden("Only the parties to a handoff tick its checklist; the help desk ticks only "
                    + ChecklistItemCode.KNOWLEDGE_BASE_ARTICLE + ", as it keeps the knowledge base.");
        }
        if (handoff.status != HandoffStatus.ACCEPTED && handoff.status != HandoffStatus.IN_PROGRESS) {
            throw new Conflict(
                    "handoff-not-active",
                    "Checklist items are ticked on an ACCEPTED or IN_PROGRESS handoff; this one is " + handoff.status
                            + ".");
        }
        var before = GovernanceMapper.toApi(handoff);
        Handoff.Item item = handoff.item(code);
        item.done = true;
        item.evidence = evidence;
        item.tickedBy = caller.subject();
        item.tickedAt = Timestamps.now(clock);
        handoff.touch(item.tickedAt);
        if (HandoffChecklist.ATTESTING.contains(code)) {
            attestations.attest(handoff.solutionId, code.toString(), evidence, item.tickedAt);
        }
        journal.changed(
                item.tickedAt,
                "handoff.checklist_ticked",
                GovernanceMapper.subject(handoff),
                handoff,
                before,
                GovernanceMapper::toApi);
        return handoff;
    }

    /** In the transition's transaction: the checklist rule, then support, team and tier move together. */
    private void complete(Handoff handoff) {
        List<ChecklistItemCode> open = HandoffChecklist.openRequired(handoff);
        if (!open.isEmpty()) {
            throw new RuleViolation(
                    "checklist-incomplete",
                    "Checklist incomplete",
                    "The handoff cannot complete while " + open.size() + " required checklist item(s) are open: " + open
                            + ".",
                    open.stream()
                            .map(code -> new FieldError("checklist." + code, "is required and not done"))
                            .toList());
        }
        Solution solution = solutions.findById(handoff.solutionId);
        String tier = handoff.graduationRequestId == null ? null : handoff.targetTierId;
        solutionService.transferSupport(solution, handoff.toLevel, handoff.toTeamId, tier, "solution.handed_off");
        handoff.reroutedTickets = tickets.rerouteOpenTickets(
                solution.id, "Support of the solution moved to " + handoff.toLevel + " by handoff " + handoff.id + ".");
        handoff.completedAt = Timestamps.now(clock);
        endGraduation(handoff, GraduationRequestStatus.COMPLETED);
    }

    private void endGraduation(Handoff handoff, GraduationRequestStatus status) {
        if (handoff.graduationRequestId == null) {
            return;
        }
        GraduationRequest graduation = graduations.findById(handoff.graduationRequestId);
        var before = GovernanceMapper.toApi(graduation);
        graduation.status = status;
        journal.changed(
                "graduation_request." + status.toString().toLowerCase(),
                GovernanceMapper.subject(graduation),
                graduation,
                before,
                GovernanceMapper::toApi);
    }

    private boolean governs() {
        return caller.isAny(Roles.STAFF);
    }

    /** The help desk owns the knowledge base, so it writes and ticks the solution's article. */
    private boolean keepsTheKnowledgeBase(ChecklistItemCode code) {
        return code == ChecklistItemCode.KNOWLEDGE_BASE_ARTICLE && caller.is(Roles.HELPDESK);
    }

    private boolean receives(Handoff handoff) {
        return caller.teams().contains(handoff.toTeamId);
    }

    private boolean owns(Solution solution) {
        return caller.is(Roles.MAKER) && solution.ownedBy(caller.subject());
    }

    private boolean seesSolution(UUID solutionId) {
        try {
            solutionService.visible(solutionId);
            return true;
        } catch (NotFound notVisible) {
            return false;
        }
    }
}
