package io.tierdesk.routing;

import io.tierdesk.api.model.RoutingRuleInputDto;
import io.tierdesk.api.model.RoutingTableInputDto;
import io.tierdesk.common.Caller;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Enums;
import io.tierdesk.common.FieldError;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import io.tierdesk.team.Team;
import io.tierdesk.team.TeamKind;
import io.tierdesk.team.TeamRepository;
import io.tierdesk.tier.SupportLevel;
import io.tierdesk.tier.TierRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The routing table: which version is in force, how it routes a new ticket, and publishing a new version. Versions
 * are never changed, so a ticket's recorded version and rule keep explaining how it was routed.
 */
@ApplicationScoped
public class RoutingTableService {

    private static final Set<SupportLevel> DEFAULT_LEVELS =
            Set.of(SupportLevel.HELP_DESK, SupportLevel.PLATFORM, SupportLevel.PARTNER, SupportLevel.TEAM);
    private static final Map<RouteTarget, TeamKind> TEAM_KINDS = Map.of(
            RouteTarget.HELP_DESK,
            TeamKind.HELP_DESK,
            RouteTarget.PLATFORM,
            TeamKind.PLATFORM,
            RouteTarget.PARTNER,
            TeamKind.PARTNER);

    private final RoutingTableRepository tables;
    private final PublishedTables published;
    private final TeamRepository teams;
    private final TierRepository tiers;
    private final Journal journal;
    private final Caller caller;
    private final Clock clock;

    RoutingTableService(
            RoutingTableRepository tables,
            PublishedTables published,
            TeamRepository teams,
            TierRepository tiers,
            Journal journal,
            Caller caller,
            Clock clock) {
        this.tables = tables;
        this.published = published;
        this.teams = teams;
        this.tiers = tiers;
        this.journal = journal;
        this.caller = caller;
        this.clock = clock;
    }

    /** How the table in force routes a ticket with these facts. */
    @Transactional
    public RoutingDecision decide(RoutingFacts facts) {
        PublishedTables.Published inForce = published.get(
                tables.latestVersion(),
                version -> new PublishedTables.Published(tables.readOnly(version), tables.rulesOfReadOnly(version)));
        RoutingTable table = inForce.table();
        return RoutingMatcher.firstMatch(inForce.rules(), facts)
                .map(rule ->
                        new RoutingDecision(table.version, rule.position(), rule.routeTo, rule.teamId, rule.reason))
                .orElseGet(() -> new RoutingDecision(
                        table.version,
                        null,
                        RouteTarget.valueOf(table.defaultLevel.name()),
                        table.defaultTeamId,
                        "No routing rule matches; " + table.defaultLevel + " takes it by default."));
    }

    @Transactional
    RoutingTable current() {
        return tables.latest();
    }

    @Transactional
    RoutingTable version(int version) {
        RoutingTable table = tables.findById(version);
        if (table == null) {
            throw new NotFound("routing table version", version);
        }
        return table;
    }

    List<RoutingRule> rulesOf(RoutingTable table) {
        return tables.rulesOf(table.version);
    }

    @Transactional
    RoutingTable publish(RoutingTableInputDto input, String ifMatch) {
        tables.lockPublishing();
        RoutingTable current = tables.latest();
        ETags.checkIfMatch(ifMatch, current.version);
        check(input);
        RoutingTable next = new RoutingTable();
        next.version = current.version + 1;
        next.defaultLevel = Enums.same(input.getDefaultLevel(), SupportLevel.class);
        next.defaultTeamId = input.getDefaultTeamId();
        next.note = input.getNote();
        next.createdBy = caller.subject();
        next.createdAt = Timestamps.now(clock);
        tables.persist(next);
        tables.flush();
        for (int i = 0; i < input.getRules().size(); i++) {
            tables.persistRule(
                    RoutingMapper.toEntity(next.version, i + 1, input.getRules().get(i)));
        }
        tables.flush();
        journal.record(
                "routing_table.published",
                Journal.Subject.of("routing_table", next.version),
                RoutingMapper.toApi(current, rulesOf(current)),
                RoutingMapper.toApi(next, rulesOf(next)));
        return next;
    }

    /** A 422 problem listing every rule that names an unknown tier or team, or a team that cannot serve it. */
    private void check(RoutingTableInputDto input) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.getRules().size(); i++) {
            RoutingRuleInputDto rule = input.getRules().get(i);
            String field = "rules[" + i + "]";
            if (rule.getTierIds() != null) {
                for (String tierId : rule.getTierIds()) {
                    if (tiers.findById(tierId) == null) {
                        errors.add(new FieldError(field + ".tier_ids", "names no tier: " + tierId));
                    }
                }
            }
            RouteTarget target = Enums.same(rule.getRouteTo(), RouteTarget.class);
            if (rule.getTeamId() != null) {
                if (target == RouteTarget.SOLUTION_CHANNEL || target == RouteTarget.MAKER) {
                    errors.add(new FieldError(field + ".team_id", "is not used when routing to " + target));
                } else {
                    checkTeam(rule.getTeamId(), TEAM_KINDS.get(target), field + ".team_id", errors);
                }
            }
        }
        SupportLevel defaultLevel = Enums.same(input.getDefaultLevel(), SupportLevel.class);
        if (!DEFAULT_LEVELS.contains(defaultLevel)) {
            errors.add(new FieldError("default_level", "must be one of " + DEFAULT_LEVELS));
        } else if (input.getDefaultTeamId() != null) {
            checkTeam(
                    input.getDefaultTeamId(),
                    TEAM_KINDS.get(RouteTarget.valueOf(defaultLevel.name())),
                    "default_team_id",
                    errors);
        } else if (defaultLevel == SupportLevel.TEAM) {
            errors.add(new FieldError("default_team_id", "is required when the default level is TEAM"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(
                    "invalid-routing-table",
                    "Invalid routing table",
                    "The table breaks " + errors.size() + " rule" + (errors.size() == 1 ? "." : "s."),
                    errors);
        }
    }

    private void checkTeam(UUID teamId, TeamKind kind, String field, List<FieldError> errors) {
        Team team = teams.findById(teamId);
        if (team == null) {
            errors.add(new FieldError(field, "names no team"));
        } else if (kind != null && team.kind != kind) {
            errors.add(new FieldError(field, "is a " + team.kind + " team; this level needs a " + kind + " team"));
        }
    }
}
