package io.tierdesk.security;

import io.quarkus.vertx.http.runtime.cors.CORSFilter;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a cross-origin request from an origin that {@code quarkus.http.cors.origins} does not allow with a 403
 * problem, ahead of the CORS filter, which would refuse it with an empty body. Allowed origins, same-origin requests
 * and requests without an {@code Origin} go on to the CORS filter unchanged.
 */
@ApplicationScoped
class CorsOriginGuard {

    /** After {@link SecurityHeaders} (10 000), before the CORS filter (300). */
    private static final int PRIORITY = 9_000;

    private final List<String> origins;
    private final List<Pattern> originPatterns;
    private final boolean anyOrigin;

    CorsOriginGuard(@ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        this.origins = origins.orElse(List.of());
        this.originPatterns = CORSFilter.parseAllowedOriginsRegex(origins);
        this.anyOrigin = this.origins.contains("*");
    }

    void register(@Observes Filters filters) {
        filters.register(this::check, PRIORITY);
    }

    private void check(RoutingContext context) {
        String origin = context.request().getHeader("Origin");
        if (origin == null || allowed(origin, context.request())) {
            context.next();
            return;
        }
        EdgeProblem.send(
                context,
                403,
                "/problems/cors-origin-refused",
                "Origin not allowed",
                "Cross-origin requests from " + origin + " are not allowed.");
    }

    private boolean allowed(String origin, HttpServerRequest request) {
        return anyOrigin
                || origins.contains(origin)
                || CORSFilter.isOriginAllowedByRegex(originPatterns, origin)
                || origin.equals(request.scheme() + "://" + request.authority());
    }
}
