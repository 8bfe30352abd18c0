package io.tierdesk.ticket;

import io.tierdesk.api.model.ExternalRefDto;
import io.tierdesk.api.model.TicketCreateDto;
import io.tierdesk.api.model.TicketUpdateDto;
import io.tierdesk.api.model.TicketUpsertDto;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Enums;
import io.tierdesk.common.FieldError;
import io.tierdesk.common.Forbidden;
import io.tierdesk.common.InvalidInput;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.PreconditionFailed;
import io.tierdesk.common.Roles;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.sla.store.SlaClockStore;
import io.tierdesk.solution.Solution;
import io.tierdesk.solution.SolutionRepository;
import io.tierdesk.ticketterms.TicketCategory;
import io.tierdesk.ticketterms.TicketPriority;
import io.tierdesk.ticketterms.TicketStatus;
import io.tierdesk.tier.Tier;
import io.tierdesk.tier.TierService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Raising, reading and editing tickets. Status, escalation and routing changes live in {@link TicketWorkflow}. */
@ApplicationScoped
public class TicketService {

    private final TicketRepository tickets;
    private final SolutionRepository solutions;
    private final TierService tiers;
    private final TicketRouter router;
    private final TicketAccess access;
    private final TicketJournal journal;
    private final TicketSla sla;
    private final Caller caller;

    private final PagingTriggers paging;

    TicketService(
            TicketRepository tickets,
            SolutionRepository solutions,
            TierService tiers,
            TicketRouter router,
            TicketAccess access,
            TicketJournal journal,
            TicketSla sla,
            PagingTriggers paging,
            Caller caller) {
        this.tickets = tickets;
        this.solutions = solutions;
        this.tiers = tiers;
        this.router = router;
        this.access = access;
        this.journal = journal;
        this.sla = sla;
        this.paging = paging;
        this.caller = caller;
    }

    /** The ticket, or 404 when it does not exist or is outside the caller's reach. */
    public Ticket visible(UUID id) {
        // Visibility is part of the query, so a hidden and a missing ticket cost the same (bench/hidden-404.sh).
        StringBuilder visibility = new StringBuilder();
        Map<String, Object> params = new HashMap<>();
        access.restrictOne(visibility, params);
        Ticket ticket = tickets.withExternalRefs(id, visibility.toString(), params);
        if (ticket == null) {
            throw new NotFound("ticket", id);
        }
        return ticket;
    }

    @Transactional
    public Ticket create(TicketCreateDto request) {
        String requester = request.getRequester() == null ? caller.subject() : request.getRequester();
        if (!requester.equals(caller.subject()) && !caller.isAny(Roles.TICKET_DESK)) {
            throw new Forbidden("Only support staff and integrations raise tickets for someone else.");
        }
        Solution solution = null;
        Tier tier;
        if (request.getSolutionId() != null) {
            SolutionRepository.WithTier found = solutions.withTier(request.getSolutionId());
            // A requester learns nothing of a solution not offered to end users: it answers as an unknown one.
            if (found == null || (caller.onlyRequester() && !found.solution().availableToEndUsers())) {
                throw new RuleViolation(
                        "unknown-solution",
                        "Unknown solution",
                        "The solution_id '" + request.getSolutionId() + "' names no solution.");
            }
            solution = found.solution();
            tier = found.tier();
        } else {
            tier = tiers.get(Tier.PRODUCTIVITY);
        }
        Ticket ticket = new Ticket();
        ticket.id = UUID.randomUUID();
        ticket.requester = requester;
        ticket.solutionId = request.getSolutionId();
        ticket.category = Enums.same(request.getCategory(), TicketCategory.class);
        ticket.priority = request.getPriority() == null
                ? TicketPriority.P3
                : Enums.same(request.getPriority(), TicketPriority.class);
        ticket.title = request.getTitle();
        ticket.description = request.getDescription();
        ticket.status = TicketStatus.NEW;
        ticket.tierId = tier.id;
        ticket.servedTierId = tier.id;
        ticket.servedSupportLevel = solution != null ? solution.supportLevel : tier.supportLevel;
        ticket.externalRefs = new ArrayList<>(checkedExternalRefs(ticket.id, request.getExternalRefs(), List.of()));
        ticket.createdAt = journal.now();
        TicketRouter.Routed routed = router.route(ticket.category, solution, tier);
        Route route = routed.route();
        apply(ticket, route);
        ticket.routingTableVersion = routed.tableVersion();
        ticket.routingRulePosition = routed.rulePosition();
        List<SlaClockStore.Stored> clocks = sla.open(ticket);
        tickets.persist(ticket);
        TicketHistory entry = journal.entry(ticket, TicketHistoryKind.ROUTED, route.reason());
        entry.toLevel = route.level();
        entry.toTeamId = route.teamId();
        sla.keep(clocks);
        journal.created(ticket, entry);
        paging.raised(ticket, tier);
        return ticket;
    }

    @Transactional
    public Ticket update(UUID id, TicketUpdateDto change, String ifMatch) {
        return update(id, change, ifMatch, null);
    }

    /** As {@link #update}; {@code syncedThrough}, when given, is the reference an integration changed it through. */
    private Ticket update(UUID id, TicketUpdateDto change, String ifMatch, Ticket.ExternalRef syncedThrough) {
        Ticket ticket = visible(id);
        ETags.checkIfMatch(ifMatch, ticket.version);
        boolean works = access.works(ticket);
        boolean onlyTexts = change.getPriority() == null
                && change.getCategory() == null
                && change.getAssignee() == null
                && change.getVendorCaseRef() == null
                && change.getKbCandidate() == null
                && change.getKbSummary() == null
                && change.getExternalRefs() == null;
        if (!works && !(access.isRequester(ticket) && onlyTexts)) {
            throw new Forbidden(
                    access.isRequester(ticket)
                            ? "Requesters change only the title and description of their tickets."
                            : "Only support staff working this ticket change it.");
        }
        if (!ticket.isOpen() && !onlyTexts && change.getKbCandidate() == null && change.getKbSummary() == null) {
            throw new Conflict(
                    "ticket-closed",
                    "A " + ticket.status + " ticket cannot be reassigned " + "or re-prioritised; reopen it first.");
        }
        var before = TicketMapper.toApi(ticket);
        if (change.getTitle() != null) {
            ticket.title = change.getTitle();
        }
        if (change.getDescription() != null) {
            ticket.description = change.getDescription();
        }
        boolean slaTermsChanged = false;
        TicketPriority priority = Enums.same(change.getPriority(), TicketPriority.class);
        if (priority != null && priority != ticket.priority) {
            slaTermsChanged = true;
            TicketHistory entry = journal.entry(ticket, TicketHistoryKind.PRIORITY_CHANGED, null);
            entry.detail = ticket.priority + " → " + priority;
            journal.keep(entry);
            ticket.priority = priority;
        }
        TicketCategory category = Enums.same(change.getCategory(), TicketCategory.class);
        if (category != null && category != ticket.category) {
            slaTermsChanged = true;
            TicketHistory entry = journal.entry(ticket, TicketHistoryKind.CATEGORY_CHANGED, null);
            entry.detail = ticket.category + " → " + category;
            journal.keep(entry);
            ticket.category = category;
        }
        if (slaTermsChanged) {
            reselectSla(ticket);
        }
        if (change.getAssignee() != null && !Objects.equals(change.getAssignee(), ticket.assignee)) {
            TicketHistory entry = journal.entry(ticket, TicketHistoryKind.ASSIGNED, null);
            entry.detail = change.getAssignee();
            journal.keep(entry);
            ticket.assignee = change.getAssignee();
        }
        if (change.getVendorCaseRef() != null) {
            ticket.vendorCaseRef = change.getVendorCaseRef();
        }
        if (change.getKbCandidate() != null) {
            ticket.kbCandidate = change.getKbCandidate();
        }
        if (change.getKbSummary() != null) {
            ticket.kbSummary = change.getKbSummary();
        }
        if (change.getExternalRefs() != null) {
            List<Ticket.ExternalRef> previous = List.copyOf(ticket.externalRefs);
            ticket.externalRefs.clear();
            ticket.externalRefs.addAll(checkedExternalRefs(ticket.id, change.getExternalRefs(), previous));
        }
        if (syncedThrough != null) {
            ticket.externalRefs.replaceAll(ref -> ref.sameTarget(syncedThrough)
                    ? new Ticket.ExternalRef(ref.system(), ref.externalId(), ref.url(), journal.now())
                    : ref);
        }
        ticket.touch(journal.now());
        journal.changed("ticket.updated", ticket, before);
        return ticket;
    }

    /** The ticket's SLA terms changed: its clocks follow the policy that covers it now, which history records. */
    private void reselectSla(Ticket ticket) {
        sla.reselect(ticket, journal.now()).ifPresent(move -> {
            TicketHistory entry = journal.entry(ticket, TicketHistoryKind.SLA_POLICY_CHANGED, null);
            entry.detail = sla.describe(move);
            journal.keep(entry);
        });
    }

    /** The outcome of a create-or-update by external reference. */
    record Upserted(Ticket ticket, boolean created) {}

    /**
     * Creates the ticket that carries this external reference, or updates the one that does. A race with another
     * first call for the same reference ends in a unique-key violation (or a taken reference) here; {@link TicketSync}
     * then runs this again, which finds and updates the winner's ticket.
     */
    private static final UUID NO_TICKET = new UUID(0, 0);

    /** The ticket that carries this external reference, when the caller may see it; a 404 otherwise. */
    UUID visibleIdByExternalRef(String system, String externalId) {
        Ticket carrier = tickets.byExternalRef(system, externalId);
        try {
            // A missing reference runs the visibility lookup too, so it answers in the time a hidden ticket does.
            return visible(carrier == null ? NO_TICKET : carrier.id).id;
        } catch (NotFound hiddenOrMissing) {
            throw new NotFound("ticket with the external reference", system + "/" + externalId);
        }
    }

    @Transactional
    Upserted upsertByExternalRef(String system, String externalId, TicketUpsertDto request, String ifMatch) {
        Ticket existing = tickets.byExternalRef(system, externalId);
        if (existing == null) {
            if (ifMatch != null && !ifMatch.isBlank()) {
                throw new PreconditionFailed(
                        "No ticket carries the external reference " + system + "/" + externalId + ".");
            }
            requireOnCreation(request);
            TicketCreateDto create = new TicketCreateDto()
                    .category(request.getCategory())
                    .priority(request.getPriority())
                    .title(request.getTitle())
                    .description(request.getDescription())
                    .requester(request.getRequester())
                    .solutionId(request.getSolutionId())
                    .externalRefs(List.of(new ExternalRefDto()
                            .system(system)
                            .externalId(externalId)
                            .url(request.getUrl())));
            return new Upserted(create(create), true);
        }
        Ticket ticket = visible(existing.id);
        ETags.checkIfMatch(ifMatch, ticket.version);
        TicketUpdateDto change = new TicketUpdateDto();
        boolean changed = false;
        if (request.getTitle() != null && !request.getTitle().equals(ticket.title)) {
            change.setTitle(request.getTitle());
            changed = true;
        }
        if (request.getDescription() != null && !request.getDescription().equals(ticket.description)) {
            change.setDescription(request.getDescription());
            changed = true;
        }
        if (request.getPriority() != null
                && Enums.same(request.getPriority(), TicketPriority.class) != ticket.priority) {
            change.setPriority(request.getPriority());
            changed = true;
        }
        if (request.getUrl() != null
                && ticket.externalRefs.stream()
                        .anyMatch(ref -> ref.system().equals(system)
                                && ref.externalId().equals(externalId)
                                && !request.getUrl().equals(ref.url()))) {
            change.setExternalRefs(ticket.externalRefs.stream()
                    .map(ref -> ref.system().equals(system) && ref.externalId().equals(externalId)
                            ? new Ticket.ExternalRef(system, externalId, request.getUrl(), ref.lastSyncedAt())
                            : ref)
                    .map(TicketMapper::toApi)
                    .toList());
            changed = true;
        }
        Ticket.ExternalRef through = new Ticket.ExternalRef(system, externalId, null, null);
        return new Upserted(changed ? update(ticket.id, change, null, through) : ticket, false);
    }

    private static void requireOnCreation(TicketUpsertDto request) {
        List<FieldError> missing = new ArrayList<>();
        if (request.getCategory() == null) {
            missing.add(new FieldError("category", "is required when the call creates the ticket"));
        }
        if (request.getTitle() == null) {
            missing.add(new FieldError("title", "is required when the call creates the ticket"));
        }
        if (!missing.isEmpty()) {
            throw InvalidInput.fields(missing);
        }
    }

    static void apply(Ticket ticket, Route route) {
        ticket.supportLevel = route.level();
        ticket.teamId = route.teamId();
        ticket.assignee = route.assignee();
        ticket.routingReason = route.reason();
    }

    private List<Ticket.ExternalRef> checkedExternalRefs(
            UUID ticketId, List<ExternalRefDto> refs, List<Ticket.ExternalRef> previous) {
        OffsetDateTime now = journal.now();
        List<Ticket.ExternalRef> entities = TicketMapper.toEntities(refs).stream()
                .map(ref -> ref.syncedAgainst(previous, now))
                .toList();
        if (tickets.externalRefTakenByOther(ticketId, entities)) {
            throw new Conflict(
                    "external-ref-taken", "An external reference in this request belongs to another ticket.");
        }
        return entities;
    }
}
