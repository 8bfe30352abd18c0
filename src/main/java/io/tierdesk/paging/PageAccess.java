package io.tierdesk.paging;

import io.tierdesk.common.Caller;
import io.tierdesk.common.Roles;
import io.tierdesk.ticket.TicketPaging;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.UUID;

/**
 * Who sees and who acts on pages. A page is seen by whoever sees its ticket, the members of its team and whoever
 * was notified for it; it is acknowledged, handed back and resolved by whoever was notified, the team's leads,
 * platform and admin. Pages are raised by hand by the help desk, platform, admin and the team holding the ticket.
 */
@RequestScoped
class PageAccess {

    private final Caller caller;
    private final PageRepository pages;
    private final TicketPaging tickets;

    PageAccess(Caller caller, PageRepository pages, TicketPaging tickets) {
        this.caller = caller;
        this.pages = pages;
        this.tickets = tickets;
    }

    /** Help desk, platform, admin, integrations and auditors see every page. */
    boolean seesEverything() {
        return caller.isAny(Roles.TICKET_OVERSIGHT);
    }

    boolean sees(Page page) {
        return seesEverything()
                || (page.teamId != null && caller.teams().contains(page.teamId))
                || pages.wasNotified(page.id, caller.subject())
                || tickets.sees(page.ticketId);
    }

    boolean actsOn(Page page) {
        return caller.isAny(Roles.STAFF)
                || pages.wasNotified(page.id, caller.subject())
                || (page.teamId != null && caller.leads(page.teamId));
    }

    boolean raisesFor(TicketPaging.Facts ticket) {
        return caller.isAny(Roles.SUPPORT)
                || (ticket.teamId() != null && caller.teams().contains(ticket.teamId()));
    }

    /** The teams a caller who does not see every page is limited to, or null. */
    Set<UUID> limitedToTeams() {
        return seesEverything() ? null : caller.teams();
    }

    String subject() {
        return caller.subject();
    }
}
