package io.tierdesk.common;

import jakarta.ws.rs.core.EntityTag;

/** Strong entity tags derived from a resource's version column. */
public final class ETags {

    private ETags() {}

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /** Passes when If-Match is absent, {@code *}, or lists the current strong tag; otherwise a 412 problem. */
    public static void checkIfMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        for (String candidate : ifMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*") || tag.equals(current)) {
                return;
            }
        }
        throw new PreconditionFailed("The resource has changed since it was read (current ETag " + current + ").");
    }
}
