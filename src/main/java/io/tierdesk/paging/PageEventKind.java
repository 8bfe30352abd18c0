package io.tierdesk.paging;

import io.tierdesk.ticket.TicketHistoryKind;

/** A step on a page's timeline, the webhook event it is heard as, and the ticket history it leaves. */
enum PageEventKind {
    TRIGGERED("page.triggered", TicketHistoryKind.PAGED),
    ESCALATED("page.escalated", TicketHistoryKind.PAGED),
    ACKNOWLEDGED("page.acknowledged", TicketHistoryKind.PAGE_ACKNOWLEDGED),
    UNACKNOWLEDGED("page.unacknowledged", TicketHistoryKind.PAGE_UNACKNOWLEDGED),
    RESOLVED("page.resolved", TicketHistoryKind.PAGE_RESOLVED),
    UNANSWERED("page.unanswered", TicketHistoryKind.PAGE_UNANSWERED);

    private final String action;
    private final TicketHistoryKind history;

    PageEventKind(String action, TicketHistoryKind history) {
        this.action = action;
        this.history = history;
    }

    /** The audited action, which is also the name of its webhook event. */
    String action() {
        return action;
    }

    TicketHistoryKind history() {
        return history;
    }

    boolean notifies() {
        return this == TRIGGERED || this == ESCALATED;
    }
}
