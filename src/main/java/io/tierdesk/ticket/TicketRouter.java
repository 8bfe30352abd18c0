package io.tierdesk.ticket;

import io.tierdesk.common.RuleViolation;
import io.tierdesk.escalation.EscalationTeams;
import io.tierdesk.routing.RoutingDecision;
import io.tierdesk.routing.RoutingFacts;
import io.tierdesk.routing.RoutingTableService;
import io.tierdesk.solution.Solution;
import io.tierdesk.team.Team;
import io.tierdesk.team.TeamKind;
import io.tierdesk.team.TeamService;
import io.tierdesk.ticketterms.TicketCategory;
import io.tierdesk.tier.SupportLevel;
import io.tierdesk.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/**
 * Routes new tickets by the routing table in force (seeded with the support model's rules: access, how-to,
 * environment and connector questions to the help desk; platform issues to the platform team; a bug or change
 * request about a solution to the level its tier's support model names), and resolves levels to teams.
 */
@ApplicationScoped
class TicketRouter {

    private final TeamService teams;
    private final RoutingTableService table;

    TicketRouter(TeamService teams, RoutingTableService table) {
        this.teams = teams;
        this.table = table;
    }

    /** Where a new ticket goes, and the version and rule of the routing table that sent it there. */
    record Routed(Route route, int tableVersion, Integer rulePosition) {}

    Routed route(TicketCategory category, Solution solution, Tier tier) {
        RoutingDecision decision = table.decide(new RoutingFacts(
                category,
                tier.id,
                solution != null,
                solution == null ? null : solution.kind,
                solution == null ? null : solution.businessUnit));
        return new Routed(toTarget(decision, solution, tier), decision.tableVersion(), decision.rulePosition());
    }

    /** The route a decision names. Targets that need the solution are only decided for tickets that have one. */
    private Route toTarget(RoutingDecision decision, Solution solution, Tier tier) {
        String reason = decision.explained(decision.reason());
        return switch (decision.target()) {
            case SOLUTION_CHANNEL -> explained(toSolutionChannel(solution, tier), decision);
            case MAKER -> new Route(SupportLevel.MAKER, solution.owningTeamId, solution.maker, reason);
            case TEAM -> toTeam(decision, solution);
            case HELP_DESK -> toLevel(SupportLevel.HELP_DESK, decision.teamId(), reason);
            case PLATFORM -> toLevel(SupportLevel.PLATFORM, decision.teamId(), reason);
            case PARTNER -> toLevel(SupportLevel.PARTNER, decision.teamId(), reason);
        };
    }

    /** The rule's team, else the solution's owning team, else (like the tier channel) the solution's maker. */
    private Route toTeam(RoutingDecision decision, Solution solution) {
        UUID teamId = decision.teamId() != null ? decision.teamId() : solution.owningTeamId;
        if (teamId == null) {
            return new Route(
                    SupportLevel.MAKER,
                    null,
                    solution.maker,
                    decision.explained(decision.reason() + " The solution has no owning team, so its maker."));
        }
        return toLevel(SupportLevel.TEAM, teamId, decision.explained(decision.reason()));
    }

    private static Route explained(Route route, RoutingDecision decision) {
        return new Route(route.level(), route.teamId(), route.assignee(), decision.explained(route.reason()));
    }

    /** The channel that supports a solution, as its tier's support model names it. */
    Route toSolutionChannel(Solution solution, Tier tier) {
        String because = "A ticket about a solution in tier " + tier.id + " goes to ";
        return switch (tier.supportLevel) {
            case MAKER -> new Route(SupportLevel.MAKER, solution.owningTeamId, solution.maker, because + "its maker.");
            case TEAM ->
                solution.owningTeamId != null
                        ? new Route(SupportLevel.TEAM, solution.owningTeamId, null, because + "its owning team.")
                        : new Route(
                                SupportLevel.MAKER,
                                null,
                                solution.maker,
                                because + "its owning team; it has none, so to its maker.");
            default -> toLevel(SupportLevel.PLATFORM, null, because + "the platform team.");
        };
    }

    /** The given team, which must be of the kind that serves the level, or that kind's default team. */
    Route toLevel(SupportLevel level, UUID teamId, String reason) {
        TeamKind kind = EscalationTeams.kindServing(level);
        if (teamId != null) {
            Team team = teams.require(teamId, "team_id");
            if (kind != null && team.kind != kind) {
                throw new RuleViolation(
                        "wrong-team-kind",
                        "Wrong kind of team",
                        "Team " + teamId + " is a " + team.kind + " team; " + level + " work goes to a " + kind
                                + " team.");
            }
            return new Route(level, teamId, null, reason);
        }
        if (kind == null) {
            throw new RuleViolation("team-required", "Team required", "Routing to " + level + " needs a team_id.");
        }
        UUID defaultTeam = teams.firstOfKind(kind).map(team -> team.id).orElse(null);
        if (defaultTeam == null && level == SupportLevel.GLOBAL_ADMIN) {
            throw new RuleViolation(
                    "no-global-admin-team",
                    "No global administrators' team",
                    "No team of the tenant's global administrators is registered; name one with team_id.");
        }
        if (defaultTeam == null && level == SupportLevel.PARTNER) {
            throw new RuleViolation(
                    "no-partner-team", "No partner team", "No partner team is registered; name one with team_id.");
        }
        return new Route(level, defaultTeam, null, reason);
    }
}
