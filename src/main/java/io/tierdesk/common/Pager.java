package io.tierdesk.common;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Keyset paging with signed cursors, the same way for every list: decode the caller's cursor for this list, fetch
 * one row more than the page, and encode the last row's sort key as the next cursor.
 */
@ApplicationScoped
public class Pager {

    private final Cursors cursors;
    private final Caller caller;

    Pager(Cursors cursors, Caller caller) {
        this.cursors = cursors;
        this.caller = caller;
    }

    /**
     * @param scope    names the list and its filters; a cursor only works for the scope it was issued for
     * @param keyParts how many values the sort key has
     * @param query    fetches rows after the given sort key (empty on the first page), at most the given count
     * @param keyOf    the sort key of a row, each value written as its {@code toString()}
     */
    public <T> Page<T> page(
            String scope,
            Integer limit,
            String cursor,
            int keyParts,
            BiFunction<Keyset, Integer, List<T>> query,
            Function<T, List<?>> keyOf) {
        PageRequest request = PageRequest.of(limit, cursor);
        Keyset after = request.first()
                ? Keyset.FIRST
                : new Keyset(cursors.decode(scope, caller.subject(), request.cursor(), keyParts));
        return Page.of(
                query.apply(after, request.limit() + 1),
                request.limit(),
                last -> cursors.encode(
                        scope,
                        caller.subject(),
                        keyOf.apply(last).stream().map(String::valueOf).toList()));
    }
}
