package io.tierdesk.ticket;

import io.tierdesk.api.model.SupportLevel;
import io.tierdesk.api.model.TeamKind;
import io.tierdesk.api.model.TicketCategory;
import io.tierdesk.common.ProblemException;
import io.tierdesk.solution.Solution;
import io.tierdesk.team.Team;
import io.tierdesk.team.TeamService;
import io.tierdesk.tier.Tier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * The routing rules: access, how-to, environment and connector questions go to the help desk; platform issues
 * to the platform team; a bug or change request about a solution to the level its tier's support model names.
 */
@ApplicationScoped
class TicketRouter {

    private static final Set<TicketCategory> HELP_DESK_CATEGORIES = EnumSet.of(TicketCategory.ACCESS_REQUEST,
            TicketCategory.HOW_TO, TicketCategory.ENVIRONMENT_REQUEST, TicketCategory.CONNECTOR_REQUEST);

    private final TeamService teams;

    TicketRouter(TeamService teams) {
        this.teams = teams;
    }

    Route route(TicketCategory category, Solution solution, Tier tier) {
        if (HELP_DESK_CATEGORIES.contains(category)) {
            return toHelpDesk(category + " requests go to the help desk.");
        }
        if (category == TicketCategory.PLATFORM_ISSUE) {
            return toLevel(SupportLevel.PLATFORM, null, "Platform issues go to the platform team.");
        }
        if (solution == null) {
            return toHelpDesk("A " + category + " without a solution goes to the help desk.");
        }
        return toSolutionChannel(solution, tier);
    }

    /** The channel that supports a solution, as its tier's support model names it. */
    Route toSolutionChannel(Solution solution, Tier tier) {
        String because = "A ticket about a solution in tier " + tier.id + " goes to ";
        return switch (tier.supportLevel) {
            case MAKER -> new Route(SupportLevel.MAKER, solution.owningTeamId, solution.maker,
                    because + "its maker.");
            case TEAM -> solution.owningTeamId != null
                    ? new Route(SupportLevel.TEAM, solution.owningTeamId, null, because + "its owning team.")
                    : new Route(SupportLevel.MAKER, null, solution.maker,
                            because + "its owning team; it has none, so to its maker.");
            default -> toLevel(SupportLevel.PLATFORM, null, because + "the platform team.");
        };
    }

    /** The given team, which must be of the kind that serves the level, or that kind's default team. */
    Route toLevel(SupportLevel level, UUID teamId, String reason) {
        TeamKind kind = kindServing(level);
        if (teamId != null) {
            Team team = teams.require(teamId, "team_id");
            if (kind != null && team.kind != kind) {
                throw ProblemException.unprocessable("wrong-team-kind", "Wrong kind of team",
                        "Team " + teamId + " is a " + team.kind + " team; " + level + " work goes to a " + kind
                                + " team.");
            }
            return new Route(level, teamId, null, reason);
        }
        if (kind == null) {
            throw ProblemException.unprocessable("team-required", "Team required",
                    "Routing to " + level + " needs a team_id.");
        }
        UUID defaultTeam = teams.firstOfKind(kind).map(team -> team.id).orElse(null);
        if (defaultTeam == null && level == SupportLevel.PARTNER) {
            throw ProblemException.unprocessable("no-partner-team", "No partner team",
                    "No partner team is registered; name one with team_id.");
        }
        return new Route(level, defaultTeam, null, reason);
    }

    private static TeamKind kindServing(SupportLevel level) {
        return switch (level) {
            case HELP_DESK -> TeamKind.HELP_DESK;
            case PLATFORM -> TeamKind.PLATFORM;
            case PARTNER -> TeamKind.PARTNER;
            default -> null;
        };
    }

    private Route toHelpDesk(String reason) {
        return toLevel(SupportLevel.HELP_DESK, null, reason);
    }
}
