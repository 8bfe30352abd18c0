package io.tierdesk.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;

/**
 * {@code GET /ping}: a constant answer from the event loop, outside the API and its security. Load balancers may
 * use it; the load benchmark measures it as the HTTP ceiling that the API's figures are compared with.
 */
class PingRoute {

    void register(@Observes Router router) {
        router.get("/ping")
                .order(-100)
                .handler(ctx -> ctx.response()
                        .putHeader("Content-Type", "text/plain")
                        .putHeader("Cache-Control", "no-store")
                        .end("pong"));
    }
}
