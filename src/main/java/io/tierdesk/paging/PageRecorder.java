package io.tierdesk.paging;

import io.tierdesk.api.model.PageDto;
import io.tierdesk.common.ApiForms;
import io.tierdesk.common.Caller;
import io.tierdesk.journal.Journal;
import io.tierdesk.ticket.TicketPaging;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Records each step of a page everywhere it is heard of: on the page's timeline, in its ticket's history, in the
 * audit trail and as a {@code page.*} webhook event — all in the caller's transaction, so a step is recorded
 * entirely or not at all.
 */
@ApplicationScoped
class PageRecorder {

    /** A step to record: what happened, at which level and run through the policy, and to or by whom. */
    record Step(PageEventKind kind, Integer level, Integer cycle, String subject, String note) {}

    private final PageRepository pages;
    private final TicketPaging tickets;
    private final Journal journal;
    private final Caller caller;

    PageRecorder(PageRepository pages, TicketPaging tickets, Journal journal, Caller caller) {
        this.pages = pages;
        this.tickets = tickets;
        this.journal = journal;
        this.caller = caller;
    }

    OffsetDateTime now() {
        return journal.now();
    }

    /** The page's API form as it stands, with its ticket's references and its timeline. */
    PageDto form(Page page) {
        return PageMapper.toApi(
                page,
                tickets.of(page.ticketId).externalRefs(),
                pages.timelines(List.of(page.id)).get(page.id));
    }

    /**
     * Records a step of a page already changed by it; {@code before} is the page's form before the change (null for
     * a page raised in this transaction). A notification also goes to the ticket's history as {@code PAGED}.
     */
    void record(Page page, PageDto before, Step step, TicketPaging.Notified notified, String historyReason) {
        OffsetDateTime now = now();
        PageEvent event = new PageEvent();
        event.pageId = page.id;
        event.kind = step.kind();
        event.run = page.run;
        event.cycle = step.cycle();
        event.level = step.level();
        event.subject = step.subject();
        event.actor = caller.subject();
        event.note = step.note();
        event.at = now;
        pages.persist(event);
        if (step.kind().notifies()) {
            tickets.notified(page.ticketId, notified, historyReason);
        } else {
            tickets.pageStep(page.ticketId, step.kind().history(), historyReason, step.subject());
        }
        page.touch(now);
        pages.flush();
        TicketPaging.Facts ticket = tickets.of(page.ticketId);
        PageDto after = PageMapper.toApi(
                page, ticket.externalRefs(), pages.timelines(List.of(page.id)).get(page.id));
        ApiForms.remember(page, after);
        journal.record(
                step.kind().action(),
                new Journal.Subject("page", page.id, page.tierId, page.teamId),
                before,
                after,
                PageMapper.eventData(page, ticket, event));
    }
}
