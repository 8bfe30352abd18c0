package io.tierdesk.security;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The request-line and header limits, enforced here rather than by the HTTP codec so that a refusal is a problem
 * like any other: the codec answers a bare 414 or 431 with no body. The codec's own limits are set well above these
 * ({@code quarkus.http.limits.*}), so only a request beyond them still gets the codec's bare answer.
 */
@ApplicationScoped
class RequestSizeLimits {

    private final int maxUriLength;
    private final int maxHeaderBytes;

    RequestSizeLimits(
            @ConfigProperty(name = "tierdesk.http.max-uri-length", defaultValue = "4096") int maxUriLength,
            @ConfigProperty(name = "tierdesk.http.max-header-bytes", defaultValue = "20480") int maxHeaderBytes) {
        this.maxUriLength = maxUriLength;
        this.maxHeaderBytes = maxHeaderBytes;
    }

    void register(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            HttpServerRequest request = context.request();
            if (request.uri().length() > maxUriLength) {
                EdgeProblem.send(
                        context,
                        414,
                        "URI Too Long",
                        "The request's path and query are longer than " + maxUriLength + " characters.");
            } else if (headerBytes(request) > maxHeaderBytes) {
                EdgeProblem.send(
                        context,
                        431,
                        "Request Header Fields Too Large",
                        "The request's headers are larger than " + maxHeaderBytes + " bytes.");
            } else {
                context.next();
            }
        });
    }

    private static long headerBytes(HttpServerRequest request) {
        long bytes = 0;
        for (Map.Entry<String, String> header : request.headers()) {
            bytes += header.getKey().length() + header.getValue().length() + 4;
        }
        return bytes;
    }
}
