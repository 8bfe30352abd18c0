package io.tierdesk.common;

/** A validated page request: the clamped limit and the raw cursor (null for the first page). */
public record PageRequest(int limit, String cursor) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public static PageRequest of(Integer limit, String cursor) {
        int clamped = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, limit));
        return new PageRequest(clamped, cursor == null || cursor.isBlank() ? null : cursor);
    }

    public boolean first() {
        return cursor == null;
    }
}
