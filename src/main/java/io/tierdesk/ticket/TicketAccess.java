package io.tierdesk.ticket;

import io.tierdesk.common.Caller;
import io.tierdesk.common.Roles;
import io.tierdesk.solution.Solution;
import io.tierdesk.solution.SolutionRepository;
import io.tierdesk.tier.SupportLevel;
import jakarta.enterprise.context.RequestScoped;
import java.util.Map;

/**
 * Who sees and who works a ticket. Requesters see theirs; makers also those about their solutions; team members
 * (partners included) their team's queue; support staff, auditors and integrations all. Working a ticket is for
 * support staff, the members of the team it is routed to, and the maker of a self-supported solution.
 */
@RequestScoped
class TicketAccess {

    private final Caller caller;
    private final SolutionRepository solutions;

    TicketAccess(Caller caller, SolutionRepository solutions) {
        this.caller = caller;
        this.solutions = solutions;
    }

    /** Support staff, auditors and ticket integrations; provisioning automation works environment requests, not tickets. */
    boolean seesEverything() {
        return caller.isAny(Roles.TICKET_OVERSIGHT);
    }

    /** Support staff working this ticket: they change status, priority and assignee, escalate, write notes. */
    boolean works(Ticket ticket) {
        if (caller.isAny(Roles.TICKET_DESK)) {
            return true;
        }
        if (ticket.teamId != null && caller.teams().contains(ticket.teamId)) {
            return true;
        }
        return ticket.supportLevel == SupportLevel.MAKER
                && ticket.solutionId != null
                && caller.is(Roles.MAKER)
                && makerOf(ticket);
    }

    boolean isRequester(Ticket ticket) {
        return ticket.requester.equals(caller.subject());
    }

    String subject() {
        return caller.subject();
    }

    /**
     * Adds the caller's visibility to a query of many tickets. The caller's teams are a bound list, which the
     * planner can combine with the tickets' team index.
     */
    void restrict(StringBuilder where, Map<String, Object> params) {
        if (seesEverything()) {
            return;
        }
        params.put("me", caller.subject());
        boolean inTeams = !caller.teams().isEmpty();
        if (inTeams) {
            params.put("myTeams", caller.teams());
        }
        appendVisibility(where, inTeams ? ":myTeams" : null, caller.is(Roles.MAKER));
    }

    /** The caller's teams, as a subquery on parameter {@code me}. */
    static final String MY_TEAMS = "(select m.key.teamId from TeamMember m where m.key.subject = :me)";

    /**
     * Adds the caller's visibility to a query of one ticket by id. The caller's teams are a subquery: a query
     * with a list parameter is translated to SQL anew on every execution, while this text, the same for every
     * caller, is translated once; and the memberships are not read in a statement of their own.
     */
    void restrictOne(StringBuilder where, Map<String, Object> params) {
        if (seesEverything()) {
            return;
        }
        params.put("me", caller.subject());
        appendVisibility(where, MY_TEAMS, caller.is(Roles.MAKER));
    }

    /**
     * Appends the visibility condition on a ticket {@code t}: parameter {@code me}, and {@code myTeams} the caller's
     * teams (a parameter or a subquery), null when the caller is in none.
     */
    static void appendVisibility(StringBuilder where, String myTeams, boolean maker) {
        where.append(" and (t.requester = :me");
        if (myTeams != null) {
            where.append(" or t.teamId in ").append(myTeams);
        }
        if (maker) {
            where.append(" or t.solutionId in (select s.id from Solution s where s.maker = :me"
                    + " or array_contains(s.coOwners, :me)");
            if (myTeams != null) {
                where.append(" or s.owningTeamId in ").append(myTeams);
            }
            where.append(")");
        }
        where.append(")");
    }

    private boolean makerOf(Ticket ticket) {
        Solution solution = solutions.findById(ticket.solutionId);
        return solution != null && solution.ownedBy(caller.subject());
    }
}
