package io.tierdesk.solution;

import io.tierdesk.api.model.EnvironmentDto;
import io.tierdesk.api.model.ExternalRefDto;
import io.tierdesk.api.model.SolutionCreateDto;
import io.tierdesk.api.model.SolutionDto;
import io.tierdesk.api.model.SolutionUpdateDto;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Forbidden;
import io.tierdesk.common.InvalidInput;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.Roles;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import io.tierdesk.team.TeamService;
import io.tierdesk.tier.SupportLevel;
import io.tierdesk.tier.Tier;
import io.tierdesk.tier.TierService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** The solution inventory's rules: who registers and changes what, and who sees which solution. */
@ApplicationScoped
public class SolutionService {

    private final SolutionRepository solutions;
    private final TierService tiers;
    private final TeamService teams;
    private final Journal journal;
    private final Caller caller;
    private final Clock clock;
    private final Event<SolutionTierChanged> tierChanged;

    SolutionService(
            SolutionRepository solutions,
            TierService tiers,
            TeamService teams,
            Journal journal,
            Caller caller,
            Clock clock,
            Event<SolutionTierChanged> tierChanged) {
        this.solutions = solutions;
        this.tiers = tiers;
        this.teams = teams;
        this.journal = journal;
        this.caller = caller;
        this.clock = clock;
        this.tierChanged = tierChanged;
    }

    /**
     * The solutions the caller may see; lists of things about solutions filter by it so that a page never holds a
     * foreign solution's row.
     */
    public SolutionVisibility visibility() {
        if (caller.seesEverything()) {
            return SolutionVisibility.all();
        }
        Set<UUID> visibleTeams = new HashSet<>();
        String owner = null;
        if (caller.is(Roles.MAKER)) {
            owner = caller.subject();
            visibleTeams.addAll(caller.teams());
        }
        if (caller.is(Roles.PARTNER)) {
            visibleTeams.addAll(teams.partnerTeamsOf(caller.subject()));
        }
        return new SolutionVisibility(false, owner, visibleTeams);
    }

    /** The solution, or 404 when it does not exist or the caller may not see it. */
    public Solution visible(UUID id) {
        // Visibility is part of the query, so a hidden and a missing solution cost the same (bench/hidden-404.sh).
        StringBuilder where = new StringBuilder("id = :id");
        Map<String, Object> params = new HashMap<>(Map.of("id", id));
        visibility().restrict(where, params);
        Solution solution = solutions.find(where.toString(), params).firstResult();
        if (solution == null) {
            throw new NotFound("solution", id);
        }
        return solution;
    }

    @Transactional
    public Solution register(SolutionCreateDto request) {
        boolean privileged = privileged();
        String maker = request.getMaker() == null ? caller.subject() : request.getMaker();
        if (!privileged && !maker.equals(caller.subject())) {
            throw new Forbidden("Makers register solutions as themselves.");
        }
        Tier tier = tiers.require(request.getTierId() == null ? Tier.PRODUCTIVITY : request.getTierId(), "tier_id");
        if (!privileged && !Tier.PRODUCTIVITY.equals(tier.id)) {
            throw new Forbidden("Makers register in the Productivity tier; other tiers are reached by graduation.");
        }
        LifecycleState lifecycleState = Enums.same(request.getLifecycleState(), LifecycleState.class);
        if (lifecycleState == LifecycleState.ARCHIVED) {
            throw new RuleViolation(
                    "invalid-lifecycle-state",
                    "Invalid lifecycle state",
                    "A solution cannot be registered as archived.");
        }
        Solution solution = new Solution();
        solution.id = UUID.randomUUID();
        solution.name = request.getName();
        solution.kind = Enums.same(request.getKind(), SolutionKind.class);
        solution.maker = maker;
        solution.coOwners = distinct(request.getCoOwners());
        solution.owningTeamId = checkedTeam(request.getOwningTeamId(), privileged);
        solution.businessUnit = request.getBusinessUnit();
        solution.region =
                request.getRegion() == null ? null : request.getRegion().toLowerCase(Locale.ROOT);
        applyEnvironment(solution, request.getEnvironment());
        solution.tierId = tier.id;
        solution.supportLevel = tier.supportLevel;
        solution.dataSources = distinct(request.getDataSources());
        solution.connectors = distinct(request.getConnectors());
        solution.description = request.getDescription();
        solution.businessJustification = request.getBusinessJustification();
        solution.mitigationPlanUrl = request.getMitigationPlanUrl();
        solution.externalRefs = checkedExternalRefs(solution.id, request.getExternalRefs(), List.of());
        solution.lifecycleState = lifecycleState == null ? LifecycleState.IN_DEVELOPMENT : lifecycleState;
        solutions.persist(solution);
        journal.created("solution.registered", subject(solution), solution, SolutionMapper::toApi);
        return solution;
    }

    @Transactional
    public Solution update(UUID id, SolutionUpdateDto change, String ifMatch) {
        Solution solution = editable(id);
        ETags.checkIfMatch(ifMatch, solution.version);
        boolean privileged = privileged();
        if (!privileged && (change.getTierId() != null || change.getSupportLevel() != null)) {
            throw new Forbidden("Tier and support level change through graduation and handoffs, or by platform staff.");
        }
        var before = SolutionMapper.toApi(solution);
        if (change.getName() != null) {
            solution.name = change.getName();
        }
        if (change.getKind() != null) {
            solution.kind = Enums.same(change.getKind(), SolutionKind.class);
        }
        if (change.getCoOwners() != null) {
            solution.coOwners = distinct(change.getCoOwners());
        }
        if (change.getOwningTeamId() != null) {
            solution.owningTeamId = checkedTeam(change.getOwningTeamId(), privileged);
        }
        if (change.getRegion() != null) {
            solution.region = change.getRegion().toLowerCase(Locale.ROOT);
        }
        if (change.getBusinessUnit() != null) {
            solution.businessUnit = change.getBusinessUnit();
        }
        if (change.getEnvironment() != null) {
            applyEnvironment(solution, change.getEnvironment());
        }
        if (change.getTierId() != null) {
            solution.tierId = tiers.require(change.getTierId(), "tier_id").id;
        }
        if (change.getSupportLevel() != null) {
            solution.supportLevel = Enums.same(change.getSupportLevel(), SupportLevel.class);
        }
        if (change.getDataSources() != null) {
            solution.dataSources = distinct(change.getDataSources());
        }
        if (change.getConnectors() != null) {
            solution.connectors = distinct(change.getConnectors());
        }
        if (change.getDescription() != null) {
            solution.description = change.getDescription();
        }
        if (change.getBusinessJustification() != null) {
            solution.businessJustification = change.getBusinessJustification();
        }
        if (change.getMitigationPlanUrl() != null) {
            solution.mitigationPlanUrl = change.getMitigationPlanUrl();
        }
        if (change.getExternalRefs() != null) {
            List<Solution.ExternalRef> previous = List.copyOf(solution.externalRefs);
            solution.externalRefs.clear();
            solution.externalRefs.addAll(checkedExternalRefs(solution.id, change.getExternalRefs(), previous));
        }
        if (change.getLifecycleState() != null) {
            solution.lifecycleState = Enums.same(change.getLifecycleState(), LifecycleState.class);
        }
        if (change.getPublishedToEndUsers() != null) {
            solution.publishedToEndUsers = change.getPublishedToEndUsers();
        }
        return touched(solution, "solution.updated", before);
    }

    @Transactional
    public Solution archive(UUID id, String ifMatch) {
        Solution solution = editable(id);
        ETags.checkIfMatch(ifMatch, solution.version);
        if (solution.lifecycleState == LifecycleState.ARCHIVED) {
            throw new Conflict("already-archived", "The solution is already archived.");
        }
        var before = SolutionMapper.toApi(solution);
        solution.lifecycleState = LifecycleState.ARCHIVED;
        return touched(solution, "solution.archived", before);
    }

    /**
     * Moves a solution's support (and, for a graduation, its tier) as a governance workflow decided; audited in
     * the caller's transaction. A null argument leaves that attribute as it is.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Solution transferSupport(Solution solution, SupportLevel level, UUID teamId, String tierId, String action) {
        var before = SolutionMapper.toApi(solution);
        if (level != null) {
            solution.supportLevel = level;
        }
        if (teamId != null) {
            solution.owningTeamId = teamId;
        }
        if (tierId != null) {
            solution.tierId = tiers.require(tierId, "tier_id").id;
        }
        return touched(solution, action, before);
    }

    private Solution touched(Solution solution, String action, SolutionDto before) {
        journal.changed(action, subject(solution), solution, before, SolutionMapper::toApi);
        if (!solution.tierId.equals(before.getTierId())
                || !solution.supportLevel.name().equals(before.getSupportLevel().toString())) {
            tierChanged.fire(new SolutionTierChanged(solution.id, solution.tierId, solution.supportLevel));
        }
        return solution;
    }

    private static Journal.Subject subject(Solution solution) {
        return new Journal.Subject("solution", solution.id, solution.tierId, solution.owningTeamId);
    }

    /** Platform and admin change any solution; makers those they own, co-own or their team owns. */
    private Solution editable(UUID id) {
        Solution solution = visible(id);
        boolean makerOfIt = caller.is(Roles.MAKER)
                && (solution.ownedBy(caller.subject()) || caller.teams().contains(solution.owningTeamId));
        if (!privileged() && !makerOfIt) {
            throw new Forbidden("You may read this solution but not change it.");
        }
        return solution;
    }

    private boolean privileged() {
        return caller.isAny(Roles.STAFF);
    }

    private UUID checkedTeam(UUID teamId, boolean privileged) {
        if (teamId == null) {
            return null;
        }
        teams.require(teamId, "owning_team_id");
        if (!privileged && !caller.teams().contains(teamId)) {
            throw new RuleViolation(
                    "not-a-team-member", "Not a team member", "You can only give a solution to a team you belong to.");
        }
        return teamId;
    }

    private List<Solution.ExternalRef> checkedExternalRefs(
            UUID solutionId, List<ExternalRefDto> requested, List<Solution.ExternalRef> previous) {
        if (requested == null) {
            return new ArrayList<>();
        }
        Set<String> seen = new HashSet<>();
        List<Solution.ExternalRef> refs = new ArrayList<>();
        for (ExternalRefDto ref : requested) {
            if (!seen.add(ref.getSystem() + "/" + ref.getExternalId())) {
                throw InvalidInput.field(
                        "external_refs", "lists " + ref.getSystem() + "/" + ref.getExternalId() + " twice");
            }
            refs.add(SolutionMapper.toEntity(ref).syncedAgainst(previous, Timestamps.now(clock)));
        }
        List<Object[]> taken = solutions.externalRefsTakenByOthers(solutionId, refs);
        if (!taken.isEmpty()) {
            String names = taken.stream().map(row -> row[0] + "/" + row[1]).collect(Collectors.joining(", "));
            throw new Conflict("external-ref-taken", "External reference " + names + " belongs to another solution.");
        }
        return refs;
    }

    private static void applyEnvironment(Solution solution, EnvironmentDto environment) {
        solution.environmentId = environment == null ? null : environment.getId();
        solution.environmentName = environment == null ? null : environment.getName();
        solution.environmentType =
                environment == null ? null : Enums.same(environment.getType(), EnvironmentType.class);
    }

    private static List<String> distinct(List<String> values) {
        return values == null ? new ArrayList<>() : new ArrayList<>(new LinkedHashSet<>(values));
    }

    /** The solutions the caller may see that match {@code filter}, newest first, after (created, id). */
    List<Solution> page(SolutionRepository.Filter filter, OffsetDateTime afterCreated, UUID afterId, int fetch) {
        return solutions.page(filter, visibility(), afterCreated, afterId, fetch);
    }
}
