package io.tierdesk.common;

import java.util.List;
import java.util.function.Function;

/** One page of results and the cursor of the next page, if any. */
public record Page<T>(List<T> items, String nextCursor) {

    /**
     * Cuts a result fetched with {@code limit + 1} rows down to the page and computes the next cursor from the last
     * item kept.
     */
    public static <T> Page<T> of(List<T> fetched, int limit, Function<T, String> cursorOfLast) {
        if (fetched.size() <= limit) {
            return new Page<>(fetched, null);
        }
        List<T> items = fetched.subList(0, limit);
        return new Page<>(List.copyOf(items), cursorOfLast.apply(items.get(limit - 1)));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), nextCursor);
    }
}
