package io.tierdesk.report;

import io.tierdesk.common.InvalidInput;
import java.time.Duration;
import java.time.OffsetDateTime;

/** A report's period [since, until): ordered and at most 366 days long, so every report stays bounded. */
record ReportPeriod(OffsetDateTime since, OffsetDateTime until) {

    static final Duration LONGEST = Duration.ofDays(366);

    ReportPeriod {
        if (!until.isAfter(since)) {
            throw InvalidInput.field("until", "must be after since");
        }
        if (Duration.between(since, until).compareTo(LONGEST) > 0) {
            throw InvalidInput.field("until", "must be at most 366 days after since");
        }
    }
}
