package io.tierdesk.common;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The sort key a page starts after, read from the caller's cursor: its values by position, typed as the list's
 * query needs them. On the first page there is no key and every value is null.
 */
public final class Keyset {

    static final Keyset FIRST = new Keyset(null);

    private final List<String> values;

    Keyset(List<String> values) {
        this.values = values;
    }

    public boolean first() {
        return values == null;
    }

    public String text(int position) {
        return first() ? null : values.get(position);
    }

    public UUID id(int position) {
        return first() ? null : UUID.fromString(values.get(position));
    }

    public OffsetDateTime time(int position) {
        return first() ? null : OffsetDateTime.parse(values.get(position));
    }

    public LocalDate date(int position) {
        return first() ? null : LocalDate.parse(values.get(position));
    }

    public Integer integer(int position) {
        return first() ? null : Integer.valueOf(values.get(position));
    }

    public Long number(int position) {
        return first() ? null : Long.valueOf(values.get(position));
    }

    public BigDecimal decimal(int position) {
        return first() ? null : new BigDecimal(values.get(position));
    }
}
