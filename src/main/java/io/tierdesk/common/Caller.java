package io.tierdesk.common;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Set;
import java.util.UUID;

/** Who is calling: the token's subject, roles and (lazily) team memberships. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final Memberships memberships;
    private Set<UUID> teams;

    Caller(SecurityIdentity identity, Memberships memberships) {
        this.identity = identity;
        this.memberships = memberships;
    }

    /** Work done outside a request (schedulers) is attributed to this subject. */
    public static final String SYSTEM = "system";

    /** No token (or, outside a request, the system). */
    public boolean anonymous() {
        return identity.isAnonymous();
    }

    public String subject() {
        return identity.isAnonymous() ? SYSTEM : identity.getPrincipal().getName();
    }

    public boolean is(String role) {
        return identity.hasRole(role);
    }

    public boolean isAny(Set<String> roles) {
        for (String role : roles) {
            if (identity.hasRole(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An end user and nothing more: the requester role without any role that knows solutions. Such a caller learns
     * of a solution only when its owner published it to end users.
     */
    public boolean onlyRequester() {
        return is(Roles.REQUESTER) && !isAny(Roles.BEYOND_REQUESTER);
    }

    /** Staff who see the whole inventory: support, governance and the integrations that mirror it. */
    public boolean seesEverything() {
        return isAny(Roles.WHOLE_INVENTORY);
    }

    public Set<UUID> teams() {
        if (teams == null) {
            teams = identity.isAnonymous() ? Set.of() : memberships.teamsOf(subject());
        }
        return teams;
    }

    public boolean leads(UUID teamId) {
        return memberships.isLead(teamId, subject());
    }

    /** Answers who a subject belongs to; implemented by the team feature. */
    public interface Memberships {
        Set<UUID> teamsOf(String subject);

        boolean isLead(UUID teamId, String subject);
    }
}
