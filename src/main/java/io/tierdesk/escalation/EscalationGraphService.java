package io.tierdesk.escalation;

import io.tierdesk.api.model.EscalationGraphInputDto;
import io.tierdesk.api.model.EscalationGraphStateDto;
import io.tierdesk.api.model.EscalationStepInputDto;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.Enums;
import io.tierdesk.common.FieldError;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Roles;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.journal.Journal;
import io.tierdesk.team.Team;
import io.tierdesk.team.TeamKind;
import io.tierdesk.team.TeamService;
import io.tierdesk.tier.SupportLevel;
import io.tierdesk.tier.TierRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Drafting, publishing and reading escalation graphs. Published graphs are never changed. */
@ApplicationScoped
class EscalationGraphService {

    private final EscalationGraphRepository graphs;
    private final TeamService teams;
    private final TierRepository tiers;
    private final Journal journal;
    private final Caller caller;
    private final Pager pager;

    EscalationGraphService(
            EscalationGraphRepository graphs,
            TeamService teams,
            TierRepository tiers,
            Journal journal,
            Caller caller,
            Pager pager) {
        this.graphs = graphs;
        this.teams = teams;
        this.tiers = tiers;
        this.journal = journal;
        this.caller = caller;
        this.pager = pager;
    }

    @Transactional
    EscalationGraph inForce() {
        EscalationGraph graph = graphs.published(graphs.versionInForce());
        graph.steps.size();
        return graph;
    }

    /** A graph the caller may see: drafts are the admins' own work in progress. */
    @Transactional
    EscalationGraph visible(UUID id) {
        EscalationGraph graph = graphs.findById(id);
        if (graph == null || (graph.state == GraphState.DRAFT && !caller.is(Roles.ADMIN))) {
            throw new NotFound("escalation graph", id);
        }
        graph.steps.size();
        return graph;
    }

    @Transactional
    Page<EscalationGraph> list(EscalationGraphStateDto state, Integer publishedVersion, Integer limit, String cursor) {
        var filter = new EscalationGraphRepository.Filter(
                Enums.same(state, GraphState.class), publishedVersion, caller.is(Roles.ADMIN));
        Page<EscalationGraph> page = pager.page(
                "escalation-graphs:" + filter,
                limit,
                cursor,
                2,
                (after, fetch) -> graphs.page(filter, after.time(0), after.id(1), fetch),
                graph -> List.of(graph.createdAt.toString(), graph.id.toString()));
        page.items().forEach(graph -> graph.steps.size());
        return page;
    }

    @Transactional
    EscalationGraph createDraft(EscalationGraphInputDto input) {
        check(input);
        EscalationGraph graph = new EscalationGraph();
        graph.id = UUID.randomUUID();
        graph.state = GraphState.DRAFT;
        graph.note = input.getNote();
        graph.createdBy = caller.subject();
        for (EscalationStepInputDto step : input.getSteps()) {
            graph.steps.add(EscalationGraphMapper.toEntity(step));
        }
        graphs.persist(graph);
        journal.created(
                "escalation_graph.created",
                Journal.Subject.of("escalation_graph", graph.id),
                graph,
                EscalationGraphMapper::toApi);
        return graph;
    }

    @Transactional
    EscalationGraph publish(UUID id) {
        EscalationGraph graph = visible(id);
        graphs.lockPublishing();
        if (graph.state == GraphState.PUBLISHED) {
            throw new Conflict(
                    "escalation-graph-published",
                    "Already published",
                    "The graph is published as version " + graph.publishedVersion
                            + " and never changes; create a new draft instead.");
        }
        var before = EscalationGraphMapper.toApi(graph);
        int next = graphs.versionInForce() + 1;
        graph.state = GraphState.PUBLISHED;
        graph.publishedVersion = next;
        graph.publishedBy = caller.subject();
        graph.publishedAt = journal.now();
        journal.changed(
                "escalation_graph.published",
                Journal.Subject.of("escalation_graph", graph.id),
                graph,
                before,
                EscalationGraphMapper::toApi);
        return graph;
    }

    /** A 422 problem listing every step that names an unknown tier or team, a team that cannot serve, or no move. */
    private void check(EscalationGraphInputDto input) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < input.getSteps().size(); i++) {
            EscalationStepInputDto step = input.getSteps().get(i);
            String field = "steps[" + i + "]";
            SupportLevel to = Enums.same(step.getToLevel(), SupportLevel.class);
            if (step.getFromLevel() == step.getToLevel()) {
                errors.add(new FieldError(field + ".to_level", "must differ from from_level"));
            } else if (to == SupportLevel.MAKER) {
                errors.add(new FieldError(field + ".to_level", "nothing escalates to the maker"));
            } else if (step.getFromLevel() != null
                    && Enums.same(step.getFromLevel(), SupportLevel.class) == SupportLevel.VENDOR) {
                errors.add(new FieldError(field + ".from_level", "the vendor is the last level"));
            }
            if (step.getTierIds() != null) {
                for (String tierId : step.getTierIds()) {
                    if (tiers.findById(tierId) == null) {
                        errors.add(new FieldError(field + ".tier_ids", "names no tier: " + tierId));
                    }
                }
            }
            if (step.getTeamId() != null) {
                checkTeam(step.getTeamId(), to, field + ".team_id", errors);
            }
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation(
                    "invalid-escalation-graph",
                    "Invalid escalation graph",
                    "The graph breaks " + errors.size() + " rule" + (errors.size() == 1 ? "." : "s."),
                    errors);
        }
    }

    private void checkTeam(UUID teamId, SupportLevel to, String field, List<FieldError> errors) {
        TeamKind kind = EscalationTeams.kindServing(to);
        if (kind == null) {
            errors.add(new FieldError(field, "is not used for " + to + ", which takes no team of its own"));
            return;
        }
        Team team = teams.find(teamId).orElse(null);
        if (team == null) {
            errors.add(new FieldError(field, "names no team"));
        } else if (team.kind != kind) {
            errors.add(new FieldError(field, "is a " + team.kind + " team; " + to + " needs a " + kind + " team"));
        }
    }
}
