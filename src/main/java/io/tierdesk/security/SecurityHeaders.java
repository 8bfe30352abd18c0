package io.tierdesk.security;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.event.Observes;

/**
 * Headers every response carries, whatever produced it (API, problem, refusal by the security layer, health):
 * {@code nosniff}; {@code no-store} unless the response set its own cache policy (the calendar feeds do); HSTS when
 * the request came over TLS; and never {@code Access-Control-Allow-Credentials}, because this API takes bearer
 * tokens only and a browser has no cookie to send.
 */
class SecurityHeaders {

    static final String HSTS = "max-age=31536000; includeSubDomains";

    /** Before every other filter, the CORS filter included, so that preflight answers are covered too. */
    private static final int PRIORITY = 10_000;

    void register(@Observes Filters filters) {
        filters.register(SecurityHeaders::onHeadersEnd, PRIORITY);
    }

    private static void onHeadersEnd(RoutingContext context) {
        context.addHeadersEndHandler(ignored -> apply(
                context.response().headers(), "https".equals(context.request().scheme())));
        context.next();
    }

    static void apply(MultiMap headers, boolean overTls) {
        headers.set("X-Content-Type-Options", "nosniff");
        if (!headers.contains("Cache-Control")) {
            headers.set("Cache-Control", "no-store");
        }
        if (overTls) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        headers.remove("Access-Control-Allow-Credentials");
    }
}
