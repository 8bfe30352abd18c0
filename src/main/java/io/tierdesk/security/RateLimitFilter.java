package io.tierdesk.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.tierdesk.common.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Answers 429 with Retry-After when the authenticated client has spent its budget.
 *
 * <p>It answers synchronously: every resource of the API is blocking, so the filter runs on the request's worker
 * thread after the security checks have authenticated the caller, and reading the identity does not wait. A filter
 * answering through a {@code Uni} suspended and resumed every request for that.
 */
class RateLimitFilter {

    private final SecurityIdentity identity;
    private final RateLimiter limiter;

    RateLimitFilter(SecurityIdentity identity, RateLimiter limiter) {
        this.identity = identity;
        this.limiter = limiter;
    }

    @ServerRequestFilter
    Optional<Response> limit(ContainerRequestContext request) {
        long retryAfter = limiter.charge(identity);
        if (retryAfter == 0) {
            return Optional.empty();
        }
        return Optional.of(Response.fromResponse(Problems.response(
                        429,
                        "/problems/rate-limited",
                        "Too Many Requests",
                        "This client has sent too many requests; retry after " + retryAfter + " s.",
                        request.getUriInfo().getRequestUri().getRawPath(),
                        List.of()))
                .header(HttpHeaders.RETRY_AFTER, retryAfter)
                .build());
    }
}
