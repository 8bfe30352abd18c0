package io.tierdesk.governance;

import io.tierdesk.api.model.GraduationRequestCreateDto;
import io.tierdesk.api.model.GraduationRequestStatusDto;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Forbidden;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.Roles;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import io.tierdesk.solution.Solution;
import io.tierdesk.solution.SolutionService;
import io.tierdesk.team.TeamKind;
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

/**
 * Moving a solution between tiers. Approval to a tier run by the platform team opens a handoff and the tier changes
 * when it completes; approval to any other tier changes tier and support level at once.
 */
@ApplicationScoped
class GraduationService {

    private final GovernanceRepositories.GraduationRequests requests;
    private final SolutionService solutions;
    private final TierService tiers;
    private final TeamService teams;
    private final HandoffService handoffs;
    private final TicketWorkflow tickets;
    private final Journal journal;
    private final Caller caller;
    private final Clock clock;

    GraduationService(
            GovernanceRepositories.GraduationRequests requests,
            SolutionService solutions,
            TierService tiers,
            TeamService teams,
            HandoffService handoffs,
            TicketWorkflow tickets,
            Journal journal,
            Caller caller,
            Clock clock) {
        this.requests = requests;
        this.solutions = solutions;
        this.tiers = tiers;
        this.teams = teams;
        this.handoffs = handoffs;
        this.tickets = tickets;
        this.journal = journal;
        this.caller = caller;
        this.clock = clock;
    }

    /** Requests about solutions the caller may see, newest first, after (created, id) of the previous page. */
    List<GraduationRequest> page(
            GraduationRequestStatusDto requestedStatus,
            UUID solutionId,
            OffsetDateTime afterCreated,
            UUID afterId,
            int fetch) {
        GraduationRequestStatus status = Enums.same(requestedStatus, GraduationRequestStatus.class);
        return requests.page(status, solutionId, solutions.visibility(), afterCreated, afterId, fetch);
    }

    GraduationRequest visible(UUID id) {
        GraduationRequest request = requests.findById(id);
        if (request == null) {
            throw new NotFound("graduation request", id);
        }
        try {
            solutions.visible(request.solutionId);
        } catch (NotFound notVisible) {
            throw new NotFound("graduation request", id);
        }
        return request;
    }

    @Transactional
    GraduationRequest create(GraduationRequestCreateDto input) {
        Solution solution = solutions.visible(input.getSolutionId());
        boolean owner = caller.is(Roles.MAKER) && solution.ownedBy(caller.subject());
        if (!owner && !caller.isAny(Roles.STAFF)) {
            throw new Forbidden("Only the solution's maker, its co-owners or governance ask for graduation.");
        }
        Tier target = tiers.require(input.getToTierId(), "to_tier_id");
        if (target.id.equals(solution.tierId)) {
            throw new RuleViolation("same-tier", "Same tier", "The solution is already in tier " + target.id + ".");
        }
        if (requests.openFor(solution.id)) {
            throw new Conflict(
                    "graduation-open", "Solution " + solution.id + " already has an open graduation request.");
        }
        GraduationRequest request = new GraduationRequest();
        request.id = UUID.randomUUID();
        request.solutionId = solution.id;
        request.fromTierId = solution.tierId;
        request.toTierId = target.id;
        request.justification = input.getJustification();
        request.requestedBy = caller.subject();
        request.status = GraduationRequestStatus.PENDING;
        requests.persist(request);
        journal.created(
                "graduation_request.created", GovernanceMapper.subject(request), request, GovernanceMapper::toApi);
        return request;
    }

    @Transactional
    GraduationRequest approve(UUID id, String reason, String ifMatch) {
        GraduationRequest request = pending(id, ifMatch);
        var before = GovernanceMapper.toApi(request);
        decide(request, reason);
        Solution solution = solutions.visible(request.solutionId);
        Tier target = tiers.get(request.toTierId);
        if (target.supportLevel == SupportLevel.PLATFORM) {
            UUID platformTeam = teams.firstOfKind(TeamKind.PLATFORM)
                    .map(team -> team.id)
                    .orElseThrow(() -> new RuleViolation(
                            "no-platform-team",
                            "No platform team",
                            "Graduating to " + target.name + " hands the solution to the platform team; none exists."));
            request.status = GraduationRequestStatus.APPROVED;
            request.handoffId = handoffs.open(
                            solution,
                            target,
                            platformTeam,
                            target.supportLevel,
                            request.id,
                            "Graduation to " + target.name + ": " + request.justification)
                    .id;
        } else {
            solutions.transferSupport(solution, target.supportLevel, null, target.id, "solution.tier_changed");
            tickets.rerouteOpenTickets(solution.id, "The solution moved to tier " + target.id + ".");
            request.status = GraduationRequestStatus.COMPLETED;
        }
        return recorded(request, "graduation_request.approved", before);
    }

    @Transactional
    GraduationRequest reject(UUID id, String reason, String ifMatch) {
        GraduationRequest request = pending(id, ifMatch);
        var before = GovernanceMapper.toApi(request);
        decide(request, reason);
        request.status = GraduationRequestStatus.REJECTED;
        return recorded(request, "graduation_request.rejected", before);
    }

    private GraduationRequest pending(UUID id, String ifMatch) {
        GraduationRequest request = visible(id);
        ETags.checkIfMatch(ifMatch, request.version);
        GraduationStates.requirePending(request);
        return request;
    }

    private void decide(GraduationRequest request, String reason) {
        request.decisionReason = reason;
        request.decidedBy = caller.subject();
        request.decidedAt = Timestamps.now(clock);
    }

    private GraduationRequest recorded(GraduationRequest request, String action, Object before) {
        journal.changed(action, GovernanceMapper.subject(request), request, before, GovernanceMapper::toApi);
        return request;
    }
}
