package io.tierdesk.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.tierdesk.common.Roles;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * No tierdesk role, no access: an authenticated caller whose token carries none of the tierdesk roles is refused
 * (403) by every operation, before the operation's own role list is looked at ({@link ContractRoleFilter}).
 * Anonymous requests pass through, so {@code @Authenticated} still answers 401 to a missing token and the
 * feed-token operations stay open.
 * Applied to the whole API in {@code application.properties} ({@code quarkus.http.auth.permission.api}).
 *
 * <p>A refused caller is noted in {@link KnownRoles} as holding no role before the 403 is sent: the filter that
 * notes everyone else never sees a refused request, and a feed token must not keep its owner's former reach.
 */
@ApplicationScoped
class TierdeskRolePolicy implements HttpSecurityPolicy {

    static final String NAME = "tierdesk-role";
    private static final Logger LOG = Logger.getLogger(TierdeskRolePolicy.class);

    private final KnownRoles known;

    TierdeskRolePolicy(KnownRoles known) {
        this.known = known;
    }

    @Override
    public Uni<CheckResult> checkPermission(
            RoutingContext request, Uni<SecurityIdentity> identity, AuthorizationRequestContext context) {
        return identity.onItem()
                .transformToUni(caller -> check(caller) == CheckResult.PERMIT
                        ? Uni.createFrom().item(CheckResult.PERMIT)
                        : Uni.createFrom()
                                .item(() -> refuse(caller))
                                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool()));
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

    private CheckResult refuse(SecurityIdentity caller) {
        try {
            known.observe(caller.getPrincipal().getName(), Set.of());
        } catch (RuntimeException e) {
            LOG.warnf(
                    "Could not note that %s holds no tierdesk role: %s",
                    caller.getPrincipal().getName(), e.getMessage());
        }
        return CheckResult.DENY;
    }

    @Override
    public String name() {
        return NAME;
    }
}
