package io.tierdesk.security;

import io.tierdesk.common.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects a bearer credential that is not shaped like a signed JWT before the OIDC layer parses it: some malformed
 * values (such as {@code ..}) make that parser throw, which would otherwise surface as a 500 instead of a 401.
 */
class BearerShapeFilter {

    private static final Pattern COMPACT_JWS = Pattern.compile("[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]*");

    @ServerRequestFilter(preMatching = true)
    Optional<Response> rejectMalformedBearer(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        if (COMPACT_JWS.matcher(authorization.substring(7).strip()).matches()) {
            return Optional.empty();
        }
        return Optional.of(Response.fromResponse(Problems.response(
                        401,
                        "/problems/unauthorized",
                        "Unauthorized",
                        "A valid bearer token is required.",
                        request.getUriInfo().getRequestUri().getRawPath(),
                        List.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build());
    }
}
