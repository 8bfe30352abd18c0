package io.tierdesk.ticket;

import io.tierdesk.advisory.VendorAdvisories;
import io.tierdesk.api.model.TicketAdvisoryLinkDto;
import io.tierdesk.api.model.TicketEscalationDto;
import io.tierdesk.api.model.TicketRerouteDto;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Enums;
import io.tierdesk.common.FieldError;
import io.tierdesk.common.Forbidden;
import io.tierdesk.common.InvalidInput;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.escalation.EscalationGraphs;
import io.tierdesk.escalation.EscalationRules;
import io.tierdesk.escalation.EscalationTeams;
import io.tierdesk.solution.Solution;
import io.tierdesk.solution.SolutionRepository;
import io.tierdesk.ticketterms.TicketStatus;
import io.tierdesk.tier.SupportLevel;
import io.tierdesk.tier.TierService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

/** Moves tickets: status changes, escalation along the support paths, and re-routing by the help desk. */
@ApplicationScoped
public class TicketWorkflow {

    private final TicketService tickets;
    private final TicketRouter router;
    private final TicketAccess access;
    private final TicketJournal journal;
    private final SolutionRepository solutions;
    private final TierService tiers;
    private final TicketSla sla;
    private final TicketRepository ticketRepository;
    private final PagingTriggers paging;
    private final Event<TicketEnded> ended;
    private final EscalationGraphs graphs;
    private final EscalationTeams escalationTeams;
    private final VendorAdvisories advisories;

    TicketWorkflow(
            TicketService tickets,
            TicketRouter router,
            TicketAccess access,
            TicketJournal journal,
            SolutionRepository solutions,
            TierService tiers,
            TicketSla sla,
            TicketRepository ticketRepository,
            PagingTriggers paging,
            Event<TicketEnded> ended,
            EscalationGraphs graphs,
            EscalationTeams escalationTeams,
            VendorAdvisories advisories) {
        this.advisories = advisories;
        this.ended = ended;
        this.graphs = graphs;
        this.escalationTeams = escalationTeams;
        this.tickets = tickets;
        this.router = router;
        this.access = access;
        this.journal = journal;
        this.solutions = solutions;
        this.tiers = tiers;
        this.sla = sla;
        this.ticketRepository = ticketRepository;
        this.paging = paging;
    }

    @Transactional
    public Ticket transition(UUID id, TicketStatus to, String reason, String ifMatch) {
        Ticket ticket = tickets.visible(id);
        ETags.checkIfMatch(ifMatch, ticket.version);
        if (!access.works(ticket)
                && !(access.isRequester(ticket) && TicketStatusMachine.requesterMay(ticket.status, to))) {
            throw new Forbidden("Only support staff working this ticket change its status.");
        }
        TicketStatusMachine.check(ticket.status, to);
        if (TicketStatusMachine.needsResolutionNote(ticket.status, to) && (reason == null || reason.isBlank())) {
            throw InvalidInput.field(
                    "reason", "is required to resolve a " + ticket.status + " ticket: say how it was resolved");
        }
        var before = TicketMapper.toApi(ticket);
        TicketHistory entry = moveTo(ticket, to, reason);
        journal.changed("ticket.status_changed", ticket, before, entry);
        if (to == TicketStatus.RESOLVED || to == TicketStatus.CLOSED) {
            ended.fire(new TicketEnded(ticket.id));
        }
        return ticket;
    }

    /**
     * Changes status and its timestamps; the caller has checked that the move is allowed. Returns the move's history
     * entry, not kept yet: the caller writes it with its journal record of the action, and then announces a ticket
     * that ended ({@link TicketEnded}), so that what follows from the move is recorded after it.
     */
    TicketHistory moveTo(Ticket ticket, TicketStatus to, String reason) {
        TicketStatus from = ticket.status;
        boolean reopen = TicketStatusMachine.isReopen(from, to);
        TicketHistory entry =
                journal.entry(ticket, reopen ? TicketHistoryKind.REOPENED : TicketHistoryKind.STATUS_CHANGED, reason);
        entry.fromStatus = from;
        entry.toStatus = to;
        ticket.status = to;
        OffsetDateTime now = journal.now();
        if (to == TicketStatus.RESOLVED) {
            ticket.resolvedAt = now;
        } else if (to == TicketStatus.CLOSED) {
            ticket.closedAt = now;
        } else if (reopen) {
            ticket.resolvedAt = null;
            ticket.reopenCount++;
        }
        ticket.touch(now);
        sla.statusChanged(ticket, from, to, now);
        return entry;
    }

    @Transactional
    public Ticket escalate(UUID id, TicketEscalationDto request) {
        Ticket ticket = tickets.visible(id);
        if (!access.works(ticket)) {
            throw new Forbidden("Only support staff working this ticket escalate it.");
        }
        requireOpen(ticket, "escalated");
        SupportLevel to = Enums.same(request.getToLevel(), SupportLevel.class);
        Solution solution = solutionOf(ticket);
        UUID owningTeam = solution == null ? null : solution.owningTeamId;
        EscalationRules rules = graphs.inForce();
        EscalationRules.Step step = EscalationSteps.allowed(rules, ticket, to, owningTeam != null);
        if (to == SupportLevel.VENDOR
                && (request.getVendorCaseRef() == null
                        || request.getVendorCaseRef().isBlank())) {
            throw new RuleViolation(
                    "vendor-case-required",
                    "Vendor case required",
                    "Escalating to VENDOR records the vendor's case reference: give vendor_case_ref.");
        }
        if (to == SupportLevel.VENDOR && solution != null && !Boolean.TRUE.equals(request.getDespiteAdvisories())) {
            refuseWhileAdvisoriesAreActive(solution);
        }
        EscalationTeams.Choice choice = escalationTeams.choose(
                to, request.getTeamId(), new EscalationTeams.Facts(ticket.teamId, owningTeam, step, rules.version()));
        var before = TicketMapper.toApi(ticket);
        if (to == SupportLevel.VENDOR) {
            ticket.vendorCaseRef = request.getVendorCaseRef();
        }
        move(
                ticket,
                new Route(to, choice.teamId(), null, request.getReason()),
                TicketHistoryKind.ESCALATED,
                request.getReason(),
                request.getVendorCaseRef(),
                entry -> {
                    entry.escalationGraphVersion = rules.version();
                    entry.teamChoice = choice.why();
                });
        journal.changed("ticket.escalated", ticket, before);
        return ticket;
    }

    /** Before a vendor case is raised: the active advisories that may already explain the ticket. */
    private void refuseWhileAdvisoriesAreActive(Solution solution) {
        List<VendorAdvisories.Advisory> active = advisories.activeFor(solution.kind, solution.region);
        if (!active.isEmpty()) {
            throw new Conflict(
                    "vendor-advisory-active",
                    "Vendor advisories are active",
                    active.size() + " active vendor advisor" + (active.size() == 1 ? "y matches" : "ies match")
                            + " this solution: link the ticket to one (POST /tickets/{id}/advisory-links) or"
                            + " escalate with despite_advisories. "
                            + String.join(
                                    "; ",
                                    active.stream()
                                            .map(VendorAdvisories.Advisory::described)
                                            .toList()),
                    active.stream()
                            .map(advisory -> new FieldError("despite_advisories", "advisory " + advisory.described()))
                            .toList());
        }
    }

    /** Links the ticket to an active vendor advisory instead of a vendor case of its own. */
    @Transactional
    public Ticket linkAdvisory(UUID id, TicketAdvisoryLinkDto request) {
        Ticket ticket = tickets.visible(id);
        if (!access.works(ticket)) {
            throw new Forbidden("Only support staff working this ticket link it to a vendor advisory.");
        }
        VendorAdvisories.Advisory advisory = advisories.activeToLink(request.getAdvisoryId(), "advisory_id");
        var before = TicketMapper.toApi(ticket);
        ticket.vendorAdvisoryId = advisory.id();
        TicketHistory entry = journal.entry(ticket, TicketHistoryKind.ADVISORY_LINKED, request.getReason());
        String detail = "Vendor advisory " + advisory.described();
        entry.detail = detail.length() > 300 ? detail.substring(0, 300) : detail;
        journal.keep(entry);
        ticket.touch(journal.now());
        journal.changed("ticket.advisory_linked", ticket, before);
        return ticket;
    }

    @Transactional
    public Ticket reroute(UUID id, TicketRerouteDto request) {
        Ticket ticket = tickets.visible(id);
        requireOpen(ticket, "re-routed");
        Route route;
        if (request.getToLevel() != null) {
            route = explicitRoute(
                    ticket,
                    Enums.same(request.getToLevel(), SupportLevel.class),
                    request.getTeamId(),
                    request.getReason());
        } else {
            Solution solution = solutionOf(ticket);
            if (solution == null) {
                throw new RuleViolation(
                        "no-solution", "No solution", "A ticket about no solution needs a to_level to be re-routed.");
            }
            Route channel = router.toSolutionChannel(solution, tiers.get(solution.tierId));
            route = new Route(channel.level(), channel.teamId(), channel.assignee(), request.getReason());
        }
        var before = TicketMapper.toApi(ticket);
        move(ticket, route, TicketHistoryKind.REROUTED, request.getReason(), null);
        journal.changed("ticket.rerouted", ticket, before);
        return ticket;
    }

    /**
     * After a solution's support moved (a completed handoff), sends its open tickets that sit with the solution's
     * own support channel (maker, team or platform) to the channel its tier now names. Tickets with the help
     * desk, a partner or the vendor stay where they are. Returns how many moved.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int rerouteOpenTickets(UUID solutionId, String reason) {
        Solution solution = solutions.findById(solutionId);
        Route channel = router.toSolutionChannel(solution, tiers.get(solution.tierId));
        Route route = new Route(channel.level(), channel.teamId(), channel.assignee(), reason);
        int moved = 0;
        List<Ticket> open = ticketRepository.openAtSolutionLevels(solutionId);
        for (Ticket ticket : open) {
            var before = TicketMapper.toApi(ticket);
            move(ticket, route, TicketHistoryKind.REROUTED, reason, null);
            journal.changed("ticket.rerouted", ticket, before);
            moved++;
        }
        return moved;
    }

    /**
     * One step up the path when an SLA breach calls for it; an empty level (no owning team) is skipped. The breach
     * path is fixed; the history names the graph version in force when that graph lists the step too.
     */
    void escalateAutomatically(Ticket ticket, String reason) {
        EscalationPaths.automaticStep(ticket.supportLevel).ifPresent(to -> {
            Solution solution = solutionOf(ticket);
            boolean owningTeam = solution != null && solution.owningTeamId != null;
            Route route = to == SupportLevel.TEAM && owningTeam
                    ? new Route(SupportLevel.TEAM, solution.owningTeamId, null, reason)
                    : router.toLevel(SupportLevel.PLATFORM, null, reason);
            EscalationRules rules = graphs.inForce();
            boolean listed = rules.step(ticket.supportLevel, route.level(), ticket.tierId, owningTeam)
                    .isPresent();
            var before = TicketMapper.toApi(ticket);
            move(ticket, route, TicketHistoryKind.ESCALATED, reason, null, entry -> {
                entry.escalationGraphVersion = listed ? rules.version() : null;
            });
            paging.breached(ticket, solution, reason);
            journal.changed("ticket.escalated", ticket, before);
        });
    }

    private Route explicitRoute(Ticket ticket, SupportLevel level, UUID teamId, String reason) {
        if (level == SupportLevel.MAKER || level == SupportLevel.TEAM) {
            Solution solution = solutionOf(ticket);
            if (solution == null) {
                throw new RuleViolation(
                        "no-solution", "No solution", "Only a ticket about a solution goes to its maker or team.");
            }
            if (level == SupportLevel.MAKER) {
                return new Route(level, solution.owningTeamId, solution.maker, reason);
            }
            UUID team = teamId != null
                    ? router.toLevel(SupportLevel.TEAM, teamId, reason).teamId()
                    : solution.owningTeamId;
            if (team == null) {
                throw new RuleViolation(
                        "no-owning-team", "No owning team", "The solution has no owning team; give team_id.");
            }
            return new Route(level, team, null, reason);
        }
        return router.toLevel(level, teamId, reason);
    }

    private void move(Ticket ticket, Route route, TicketHistoryKind kind, String reason, String detail) {
        move(ticket, route, kind, reason, detail, entry -> {});
    }

    private void move(
            Ticket ticket,
            Route route,
            TicketHistoryKind kind,
            String reason,
            String detail,
            Consumer<TicketHistory> more) {
        TicketHistory entry = journal.entry(ticket, kind, reason);
        entry.fromLevel = ticket.supportLevel;
        entry.fromTeamId = ticket.teamId;
        entry.toLevel = route.level();
        entry.toTeamId = route.teamId();
        entry.detail = detail;
        more.accept(entry);
        journal.keep(entry);
        TicketService.apply(ticket, route);
        ticket.touch(journal.now());
    }

    private Solution solutionOf(Ticket ticket) {
        return ticket.solutionId == null ? null : solutions.findById(ticket.solutionId);
    }

    private static void requireOpen(Ticket ticket, String what) {
        if (!ticket.isOpen()) {
            throw new Conflict(
                    "ticket-closed", "A " + ticket.status + " ticket cannot be " + what + "; reopen it first.");
        }
    }
}
