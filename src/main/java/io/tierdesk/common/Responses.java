package io.tierdesk.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** The HTTP details every resource shares: ETags, Location and Link headers. */
public final class Responses {

    private Responses() {
    }

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(ETags.of(version)).build();
    }

    public static Response created(UriInfo uri, String id, Object body, long version) {
        URI location = uri.getAbsolutePathBuilder().path(id).build();
        return Response.created(location).entity(body).tag(ETags.of(version)).build();
    }

    public static Response page(UriInfo uri, Object body, String nextCursor) {
        Response.ResponseBuilder builder = Response.ok(body);
        if (nextCursor != null) {
            URI next = uri.getRequestUriBuilder().replaceQueryParam("cursor", nextCursor).build();
            builder.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return builder.build();
    }
}
