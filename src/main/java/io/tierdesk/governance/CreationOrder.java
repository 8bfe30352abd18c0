package io.tierdesk.governance;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The keyset of lists ordered newest first: a cursor holds the last row's creation time and id. */
final class CreationOrder {

    private CreationOrder() {
    }

    static OffsetDateTime createdAfter(List<String> after) {
        return after == null ? null : OffsetDateTime.parse(after.get(0));
    }

    static UUID idAfter(List<String> after) {
        return after == null ? null : UUID.fromString(after.get(1));
    }
}
