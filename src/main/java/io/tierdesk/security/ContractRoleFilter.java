package io.tierdesk.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.tierdesk.common.Caller;
import io.tierdesk.common.ContractOperations;
import io.tierdesk.common.Roles;
import jakarta.ws.rs.Priorities;
import java.util.Set;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * The one gate of every operation, from what the contract says of it; resources carry no security annotation.
 * Runs on the request's worker thread right after matching, before the rate limit, the body, the parameters and
 * anything the operation looks up:
 *
 * <ol>
 *   <li>a resource method the contract does not name is refused (403) for everyone;
 *   <li>a bearer operation without a token (or with one that fails verification) answers 401;
 *   <li>a caller whose token carries none of the tierdesk roles is refused (403) by every operation, feeds
 *       included, before the operation's own role list is looked at; it is noted in {@link KnownRoles} as holding
 *       no role, as {@link KnownRolesFilter} never sees a refused request and a feed token must not keep its
 *       owner's former reach;
 *   <li>a bearer operation refuses (403) a caller holding none of the roles it lists.
 * </ol>
 *
 * <p>A synchronous filter rather than {@code @Authenticated} and an HTTP permission: those run as a reactive
 * chain on the event loop, with the request's contexts captured and restored at every step, for a decision that
 * is a few set lookups (see "Sixth round" in docs/performance.md).
 */
class ContractRoleFilter {

    private static final Logger LOG = Logger.getLogger(ContractRoleFilter.class);

    private final ContractOperations operations;
    private final Caller caller;
    private final KnownRoles known;

    ContractRoleFilter(ContractOperations operations, Caller caller, KnownRoles known) {
        this.operations = operations;
        this.caller = caller;
        this.known = known;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    void requireContractRoles(SimpleResourceInfo resource) {
        ContractOperations.Operation operation = operations.named(resource.getMethodName());
        if (operation == null) {
            throw new ForbiddenException("No contract operation " + resource.getMethodName());
        }
        if (caller.anonymous()) {
            if (operation.bearer()) {
                throw new UnauthorizedException();
            }
            return;
        }
        if (!caller.isAny(Roles.ALL)) {
            noteNoRole();
            throw new ForbiddenException();
        }
        if (operation.bearer() && !caller.isAny(operation.roles())) {
            throw new ForbiddenException();
        }
    }

    private void noteNoRole() {
        String subject = caller.subject();
        try {
            known.observe(subject, Set.of());
        } catch (RuntimeException e) {
            LOG.warnf("Could not note that %s holds no tierdesk role: %s", subject, e.getMessage());
        }
    }
}
