package io.tierdesk.common;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The HTTP details every resource shares: ETags, Location and Link headers. */
public final class Responses {

    private Responses() {}

    public static Response ok(Object body, long version) {
        return Response.ok(body).tag(ETags.of(version)).build();
    }

    /** A tracked resource in its API form ({@link ApiForms}: the journalled one while unchanged), tagged by version. */
    public static <E extends TrackedEntity> Response ok(E entity, Function<? super E, ?> toApi) {
        return ok(ApiForms.of(entity, toApi), entity.version);
    }

    public static Response created(UriInfo uri, String id, Object body, long version) {
        URI location = uri.getAbsolutePathBuilder().path(id).build();
        return Response.created(location).entity(body).tag(ETags.of(version)).build();
    }

    /** As {@link #ok(TrackedEntity, Function)}, for a resource created here, located below the request's path. */
    public static <E extends TrackedEntity> Response created(UriInfo uri, E entity, Function<? super E, ?> toApi) {
        return created(uri, entity.id.toString(), ApiForms.of(entity, toApi), entity.version);
    }

    /**
     * A page of a list: its body, made by the list's page form from the items and then given the next cursor, and
     * a {@code Link} header to the next page when there is one.
     *
     * @param body       the page form's constructor, e.g. {@code TicketPageDto::new}
     * @param nextCursor the page form's setter of the next cursor, e.g. {@code TicketPageDto::nextCursor}
     */
    public static <T, B> Response page(
            UriInfo uri, Page<T> page, Function<List<T>, B> body, BiFunction<B, String, B> nextCursor) {
        return page(uri, nextCursor.apply(body.apply(page.items()), page.nextCursor()), page.nextCursor());
    }

    private static Response page(UriInfo uri, Object body, String nextCursor) {
        Response.ResponseBuilder builder = Response.ok(body);
        if (nextCursor != null) {
            URI next = uri.getRequestUriBuilder()
                    .replaceQueryParam("cursor", nextCursor)
                    .build();
            builder.header("Link", "<" + next + ">; rel=\"next\"");
        }
        return builder.build();
    }
}
