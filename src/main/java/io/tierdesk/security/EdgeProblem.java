package io.tierdesk.security;

import io.tierdesk.common.Problems;
import io.tierdesk.common.RequestId;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** A problem answered at the HTTP layer, before any resource runs, in the same shape as the resources' problems. */
final class EdgeProblem {

    private EdgeProblem() {}

    static void send(RoutingContext context, int status, String title, String detail) {
        send(context, status, Problems.typeFor(status), title, detail);
    }

    static void send(RoutingContext context, int status, String type, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", type)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", context.request().path());
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .putHeader(RequestId.HEADER, UUID.randomUUID().toString())
                .end(problem.encode());
    }
}
