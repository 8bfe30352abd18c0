package io.tierdesk.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import io.tierdesk.common.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/** Answers 429 with Retry-After when the authenticated client has spent its budget. */
class RateLimitFilter {

    private final CurrentIdentityAssociation identities;
    private final RateLimiter limiter;

    RateLimitFilter(CurrentIdentityAssociation identities, RateLimiter limiter) {
        this.identities = identities;
        this.limiter = limiter;
    }

    @ServerRequestFilter
    Uni<Response> limit(ContainerRequestContext request) {
        return identities.getDeferredIdentity().map(identity -> {
            long retryAfter = limiter.charge(identity);
            if (retryAfter == 0) {
                return null;
            }
            return Response.fromResponse(Problems.response(
                            429,
                            "/problems/rate-limited",
                            "Too Many Requests",
                            "This client has sent too many requests; retry after " + retryAfter + " s.",
                            request.getUriInfo().getRequestUri().getRawPath(),
                            List.of()))
                    .header(HttpHeaders.RETRY_AFTER, retryAfter)
                    .build();
        });
    }
}
