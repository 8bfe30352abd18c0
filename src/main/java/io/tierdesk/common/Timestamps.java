package io.tierdesk.common;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** Timestamps at the database's precision, so what is kept in memory equals what is read back. */
public final class Timestamps {

    private Timestamps() {}

    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }

    /** An optional window [since, until) must not end before it starts: that is a 400, not an empty answer. */
    public static void requireOrdered(OffsetDateTime since, OffsetDateTime until) {
        if (since != null && until != null && !until.isAfter(since)) {
            throw InvalidInput.field("until", "must be after since");
        }
    }

    public static OffsetDateTime utc(OffsetDateTime value) {
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
