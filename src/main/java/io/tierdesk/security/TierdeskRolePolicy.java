package io.tierdesk.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.tierdesk.common.Roles;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * No tierdesk role, no access: an authenticated caller whose token carries none of the tierdesk roles is refused
 * (403) by every operation, before the operation's own role list is looked at. Anonymous requests pass through, so
 * the operation's annotations still answer 401 to a missing token and admit the feed-token operations.
 * Applied to the whole API in {@code application.properties} ({@code quarkus.http.auth.permission.api}).
 */
@ApplicationScoped
class TierdeskRolePolicy implements HttpSecurityPolicy {

    static final String NAME = "tierdesk-role";

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext request, Uni<SecurityIdentity> identity,
            AuthorizationRequestContext context) {
        return identity.map(TierdeskRolePolicy::check);
    }

    static CheckResult check(SecurityIdentity identity) {
        if (identity.isAnonymous()) {
            return CheckResult.PERMIT;
        }
        for (String role : identity.getRoles()) {
            if (Roles.ALL.contains(role)) {
                return CheckResult.PERMIT;
            }
        }
        return CheckResult.DENY;
    }

    @Override
    public String name() {
        return NAME;
    }
}
