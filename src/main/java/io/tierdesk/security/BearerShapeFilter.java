package io.tierdesk.security;

import io.tierdesk.common.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects a bearer credential that is not shaped like a signed JWT before the OIDC layer parses it: some malformed
 * values (such as {@code ..}) make that parser throw, which would otherwise surface as a 500 instead of a 401.
 */
class BearerShapeFilter {

    @ServerRequestFilter(preMatching = true)
    Optional<Response> rejectMalformedBearer(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        if (isCompactJws(authorization.substring(7).strip())) {
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

    /**
     * Three base64url segments separated by dots, the first two not empty (the signature may be): the shape of a
     * compact JWS. A loop, not a regular expression: it runs on every request, over a token of a kilobyte.
     */
    static boolean isCompactJws(String token) {
        int dots = 0;
        int segmentLength = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == '.') {
                if (segmentLength == 0 || ++dots > 2) {
                    return false;
                }
                segmentLength = 0;
            } else if (isBase64Url(c)) {
                segmentLength++;
            } else {
                return false;
            }
        }
        return dots == 2;
    }

    private static boolean isBase64Url(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
    }
}
