package io.tierdesk.escalation;

import io.tierdesk.common.FieldError;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.team.Team;
import io.tierdesk.team.TeamKind;
import io.tierdesk.team.TeamService;
import io.tierdesk.tier.SupportLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Which team takes an escalated ticket, and why. The rule: the {@code team_id} the escalation names, which must
 * serve the level; else for TEAM the solution's owning team; else the team the graph's step names; else the
 * longest-registered team of the kind that serves the level. VENDOR takes no team: the ticket stays with its own.
 */
@ApplicationScoped
public class EscalationTeams {

    /** The team (null: none) that takes the ticket, and the sentence that says why. */
    public record Choice(UUID teamId, String why) {}

    /** What the choice starts from: the ticket's team, its solution's owning team, and the step's team. */
    public record Facts(UUID currentTeamId, UUID owningTeamId, EscalationRules.Step step, int graphVersion) {}

    private final TeamService teams;

    EscalationTeams(TeamService teams) {
        this.teams = teams;
    }

    /** The kind of team that serves a level; null for the levels that take no team of a kind of their own. */
    public static TeamKind kindServing(SupportLevel level) {
        return switch (level) {
            case HELP_DESK -> TeamKind.HELP_DESK;
            case PLATFORM -> TeamKind.PLATFORM;
            case PARTNER -> TeamKind.PARTNER;
            case GLOBAL_ADMIN -> TeamKind.GLOBAL_ADMIN;
            case MAKER, TEAM, VENDOR -> null;
        };
    }

    public Choice choose(SupportLevel to, UUID requested, Facts facts) {
        return switch (to) {
            case VENDOR -> toVendor(requested, facts.currentTeamId());
            case MAKER, TEAM -> toOwningTeam(to, requested, facts.owningTeamId());
            default -> toKind(to, requested, facts);
        };
    }

    private Choice toVendor(UUID requested, UUID currentTeamId) {
        if (requested != null) {
            throw notServing("VENDOR takes no team; the ticket stays with the team that raises the vendor case.");
        }
        return currentTeamId == null
                ? new Choice(null, "The vendor takes the case; no team holds the ticket.")
                : new Choice(
                        currentTeamId,
                        "The vendor takes the case; the ticket stays with " + named(currentTeamId)
                                + ", which raised it.");
    }

    private Choice toOwningTeam(SupportLevel to, UUID requested, UUID owningTeamId) {
        if (owningTeamId == null) {
            throw new RuleViolation(
                    "no-owning-team",
                    "No owning team",
                    "Escalating to " + to + " needs a solution with an owning team.");
        }
        if (requested != null && !requested.equals(owningTeamId)) {
            teams.require(requested, "team_id");
            throw notServing("TEAM is the solution's owning team, " + named(owningTeamId) + "; team_id names another.");
        }
        return new Choice(
                owningTeamId,
                named(owningTeamId) + (requested != null ? ", named by the escalation," : "")
                        + " is the solution's owning team.");
    }

    private Choice toKind(SupportLevel to, UUID requested, Facts facts) {
        TeamKind kind = kindServing(to);
        if (requested != null) {
            Team team = teams.require(requested, "team_id");
            if (team.kind != kind) {
                throw new RuleViolation(
                        "wrong-team-kind",
                        "Wrong kind of team",
                        "Team " + requested + " is a " + team.kind + " team; " + to + " work goes to a " + kind
                                + " team.",
                        List.of(new FieldError(
                                "team_id", "is a " + team.kind + " team; " + to + " needs a " + kind + " team")));
            }
            return new Choice(requested, named(team) + " was named by the escalation (team_id).");
        }
        UUID stepTeam = facts.step() == null ? null : facts.step().teamId();
        Optional<Team> named = stepTeam == null ? Optional.empty() : teams.find(stepTeam);
        if (named.isPresent() && named.get().kind == kind) {
            return new Choice(
                    stepTeam,
                    named(named.get()) + " is the team escalation graph version " + facts.graphVersion()
                            + " names for this step.");
        }
        Optional<Team> oldest = teams.firstOfKind(kind);
        if (oldest.isEmpty()) {
            return switch (to) {
                case PARTNER -> throw noTeam("no-partner-team", "No partner team", "No partner team is registered");
                case GLOBAL_ADMIN ->
                    throw noTeam(
                            "no-global-admin-team",
                            "No global administrators' team",
                            "No team of the tenant's global administrators (kind GLOBAL_ADMIN) is registered");
                default ->
                    new Choice(null, "No " + kind + " team is registered; the ticket waits at " + to + " without one.");
            };
        }
        long count = teams.countOfKind(kind);
        return new Choice(
                oldest.get().id,
                count == 1
                        ? named(oldest.get()) + " is the only " + kind + " team."
                        : named(oldest.get()) + " is the longest-registered of the " + count + " " + kind
                                + " teams; no team_id was given and the graph names none.");
    }

    private String named(UUID teamId) {
        return teams.find(teamId).map(EscalationTeams::named).orElse("team " + teamId);
    }

    private static String named(Team team) {
        return "Team '" + team.name + "' (" + team.id + ")";
    }

    private static RuleViolation notServing(String why) {
        return new RuleViolation(
                "team-not-serving-level",
                "Team does not serve the level",
                why,
                List.of(new FieldError("team_id", "does not serve the level escalated to")));
    }

    private static RuleViolation noTeam(String code, String title, String what) {
        return new RuleViolation(
                code,
                title,
                what + "; name one with team_id.",
                List.of(new FieldError("team_id", "is required: no team serves the level")));
    }
}
