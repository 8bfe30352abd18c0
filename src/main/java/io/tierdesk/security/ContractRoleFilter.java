package io.tierdesk.security;

import io.quarkus.security.ForbiddenException;
import io.tierdesk.common.Caller;
import io.tierdesk.common.ContractOperations;
import jakarta.ws.rs.Priorities;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

/**
 * Refuses (403) a caller whose roles are not among the roles the contract lists for the matched operation. Runs
 * right after authentication (a missing token is still a 401) and before the rate limit, the body, the parameters
 * and anything the operation looks up. A resource method the contract does not name is refused for everyone.
 */
class ContractRoleFilter {

    private final ContractOperations operations;
    private final Caller caller;

    ContractRoleFilter(ContractOperations operations, Caller caller) {
        this.operations = operations;
        this.caller = caller;
    }

    @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
    void requireContractRoles(SimpleResourceInfo resource) {
        ContractOperations.Operation operation = operations.named(resource.getMethodName());
        if (operation == null) {
            throw new ForbiddenException("No contract operation " + resource.getMethodName());
        }
        if (operation.bearer() && !caller.isAny(operation.roles())) {
            throw new ForbiddenException();
        }
    }
}
