package io.tierdesk.common;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;

/** Paths nothing serves still answer with problem details rather than the HTTP server's default page. */
class UnmatchedRoutes {

    void register(@Observes Router router) {
        router.route().order(Integer.MAX_VALUE).handler(ctx -> {
            JsonObject problem = new JsonObject()
                    .put("type", "/problems/not-found")
                    .put("title", "Not Found")
                    .put("status", 404)
                    .put("detail", "No resource at this path.")
                    .put("instance", ctx.request().path());
            ctx.response()
                    .setStatusCode(404)
                    .putHeader("Content-Type", Problems.MEDIA_TYPE)
                    .end(problem.encode());
        });
    }
}
