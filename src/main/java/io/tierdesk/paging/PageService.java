package io.tierdesk.paging;

import io.tierdesk.api.model.PageDto;
import io.tierdesk.api.model.PageStatusDto;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Forbidden;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.Pager;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.oncall.OnCallDirectory;
import io.tierdesk.team.TeamService;
import io.tierdesk.ticket.PageRequested;
import io.tierdesk.ticket.TicketEnded;
import io.tierdesk.ticket.TicketPaging;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Raising, reading and working pages; tickets' breaches raise them and tickets' resolutions end them. */
@ApplicationScoped
class PageService {

    private final PageRepository pages;
    private final PageSteps steps;
    private final PageRecorder recorder;
    private final PageAccess access;
    private final TicketPaging tickets;
    private final TeamService teams;
    private final OnCallDirectory onCall;
    private final Pager pager;

    PageService(
            PageRepository pages,
            PageSteps steps,
            PageRecorder recorder,
            PageAccess access,
            TicketPaging tickets,
            TeamService teams,
            OnCallDirectory onCall,
            Pager pager) {
        this.pages = pages;
        this.steps = steps;
        this.recorder = recorder;
        this.access = access;
        this.tickets = tickets;
        this.teams = teams;
        this.onCall = onCall;
        this.pager = pager;
    }

    /** A page of pages with their timelines, in their API forms. */
    record Listed(io.tierdesk.common.Page<Page> page, Map<UUID, PageDto> forms) {}

    @Transactional
    Page raise(UUID ticketId, String reason) {
        TicketPaging.Facts ticket = tickets.visible(ticketId);
        if (!access.raisesFor(ticket)) {
            throw new Forbidden("Only the help desk, platform, admin and the team holding the ticket page for it.");
        }
        if (!ticket.open()) {
            throw new Conflict("ticket-closed", "A resolved or closed ticket is not paged for; reopen it first.");
        }
        if (ticket.teamId() == null) {
            throw new RuleViolation(
                    "no-team", "No team", "The ticket is held by no team, so nobody is on call for it.");
        }
        if (pages.hasOpen(ticketId)) {
            throw new Conflict("page-open", "The ticket has an open page; acknowledge or resolve that one.");
        }
        return open(ticket, PageTrigger.MANUAL, reason);
    }

    /** A ticket's tier calls for a page (a breach, an urgent raise): page the team holding it, unless one is open. */
    void breached(@Observes PageRequested requested) {
        if (pages.hasOpen(requested.ticketId())) {
            return;
        }
        PageTrigger trigger = requested.cause() == PageRequested.Cause.URGENT_RAISE
                ? PageTrigger.URGENT_RAISE
                : PageTrigger.SLA_BREACH;
        open(tickets.of(requested.ticketId()), trigger, requested.reason());
    }

    /** Resolving or closing a ticket resolves its open pages. */
    void ticketEnded(@Observes TicketEnded ended) {
        for (Page page : pages.openOfTicket(ended.ticketId())) {
            resolve(page, "The ticket was resolved.");
        }
    }

    Listed list(UUID ticketId, PageStatusDto status, UUID teamId, Integer limit, String cursor) {
        if (ticketId != null) {
            tickets.visible(ticketId);
        }
        var limited = ticketId != null ? null : access.limitedToTeams();
        var filter = new PageRepository.Filter(
                ticketId, Enums.same(status, PageStatus.class), teamId, limited, access.subject());
        io.tierdesk.common.Page<Page> page = pager.page(
                "pages:" + filter,
                limit,
                cursor,
                2,
                (after, fetch) -> pages.page(filter, after.time(0), after.id(1), fetch),
                found -> List.of(found.createdAt.toString(), found.id.toString()));
        return new Listed(page, forms(page.items()));
    }

    Page visible(UUID id) {
        Page page = pages.findById(id);
        if (page == null || !access.sees(page)) {
            throw new NotFound("page", id);
        }
        return page;
    }

    PageDto form(Page page) {
        return recorder.form(page);
    }

    @Transactional
    Page acknowledge(UUID id) {
        Page page = actionable(id);
        if (page.status != PageStatus.TRIGGERED) {
            throw new Conflict(
                    "page-not-triggered", "The page is " + page.status + "; only a triggered page is acknowledged.");
        }
        PageDto before = recorder.form(page);
        page.status = PageStatus.ACKNOWLEDGED;
        page.acknowledgedBy = access.subject();
        page.acknowledgedAt = recorder.now();
        if (page.firstAcknowledgedAt == null) {
            page.firstAcknowledgedAt = page.acknowledgedAt;
        }
        page.nextNotificationAt = null;
        recorder.record(
                page,
                before,
                new PageRecorder.Step(PageEventKind.ACKNOWLEDGED, page.level, page.cycle, access.subject(), null),
                null,
                "Page " + page.id + " was acknowledged.");
        return page;
    }

    @Transactional
    Page unacknowledge(UUID id) {
        Page page = actionable(id);
        if (page.status != PageStatus.ACKNOWLEDGED) {
            throw new Conflict(
                    "page-not-acknowledged",
                    "The page is " + page.status + "; only an acknowledged page is handed back.");
        }
        PageDto before = recorder.form(page);
        page.status = PageStatus.TRIGGERED;
        page.acknowledgedBy = null;
        page.acknowledgedAt = null;
        recorder.record(
                page,
                before,
                new PageRecorder.Step(PageEventKind.UNACKNOWLEDGED, page.level, page.cycle, access.subject(), null),
                null,
                "Page " + page.id + " was handed back; escalation starts again at level 1.");
        page.run++;
        page.level = 0;
        page.cycle = 0;
        steps.next(page, recorder.form(page));
        return page;
    }

    @Transactional
    Page resolve(UUID id) {
        Page page = actionable(id);
        if (!page.isOpen()) {
            throw new Conflict(
                    "page-resolved", "The page was resolved by " + page.resolvedBy + " at " + page.resolvedAt + ".");
        }
        resolve(page, null);
        return page;
    }

    private void resolve(Page page, String note) {
        PageDto before = recorder.form(page);
        page.status = PageStatus.RESOLVED;
        page.resolvedBy = access.subject();
        page.resolvedAt = recorder.now();
        page.nextNotificationAt = null;
        recorder.record(
                page,
                before,
                new PageRecorder.Step(PageEventKind.RESOLVED, page.level, page.cycle, null, note),
                null,
                "Page " + page.id + " was resolved" + (note == null ? "." : ": " + note));
    }

    /** The page, locked, if the caller sees it (404 otherwise) and may act on it (403 otherwise). */
    private Page actionable(UUID id) {
        visible(id);
        Page page = pages.locked(id);
        if (!access.actsOn(page)) {
            throw new Forbidden(
                    "Only whoever was notified for the page, the team's leads, platform and admin act on it.");
        }
        return page;
    }

    private Page open(TicketPaging.Facts ticket, PageTrigger trigger, String reason) {
        Page page = new Page();
        page.id = UUID.randomUUID();
        page.ticketId = ticket.id();
        page.teamId = ticket.teamId();
        page.tierId = ticket.tierId();
        choosePolicy(page);
        page.trigger = trigger;
        page.reason = reason;
        page.raisedBy = access.subject();
        page.status = PageStatus.TRIGGERED;
        pages.persist(page);
        steps.next(page, null);
        return page;
    }

    /** The rule of {@code PagePolicyRule}: the team's own policy, else its first by name, else its rotations. */
    private void choosePolicy(Page page) {
        UUID own = page.teamId == null ? null : teams.require(page.teamId, "team_id").escalationPolicyId;
        if (own != null) {
            page.escalationPolicyId = own;
            page.policyRule = PagePolicyRule.TEAM_POLICY;
            return;
        }
        page.escalationPolicyId =
                page.teamId == null ? null : onCall.firstPolicyOf(page.teamId).orElse(null);
        page.policyRule =
                page.escalationPolicyId != null ? PagePolicyRule.FIRST_POLICY_BY_NAME : PagePolicyRule.TEAM_ROTATIONS;
    }

    private Map<UUID, PageDto> forms(List<Page> items) {
        Map<UUID, List<PageEvent>> timelines =
                pages.timelines(items.stream().map(p -> p.id).toList());
        Map<UUID, PageDto> forms = new HashMap<>();
        for (Page page : items) {
            forms.put(
                    page.id, PageMapper.toApi(page, tickets.of(page.ticketId).externalRefs(), timelines.get(page.id)));
        }
        return forms;
    }
}
