package io.tierdesk.security;

import io.quarkus.runtime.BlockingOperationControl;
import io.quarkus.security.identity.SecurityIdentity;
import io.tierdesk.common.Caller;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Keeps {@link KnownRoles} current from every authenticated request (after the rate limit has let it through). */
class KnownRolesFilter {

    private final SecurityIdentity identity;
    private final Caller caller;
    private final KnownRoles known;

    KnownRolesFilter(SecurityIdentity identity, Caller caller, KnownRoles known) {
        this.identity = identity;
        this.caller = caller;
        this.known = known;
    }

    /**
     * Runs on the request's worker thread, like the blocking resources it precedes; were a resource ever
     * non-blocking, its requests would not be noted rather than block the event loop.
     */
    @ServerRequestFilter(priority = Priorities.USER + 100)
    void remember() {
        if (BlockingOperationControl.isBlockingAllowed() && !identity.isAnonymous()) {
            known.observe(caller.subject(), identity.getRoles());
        }
    }
}
