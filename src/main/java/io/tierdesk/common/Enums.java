package io.tierdesk.common;

import java.util.List;

/** Converts between the domain's enums and the contract's, which spell their constants alike. */
public final class Enums {

    private Enums() {}

    /** The constant of {@code type} named as {@code value}; null for null. */
    public static <T extends Enum<T>> T same(Enum<?> value, Class<T> type) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }

    /** Each constant of {@code values} as the constant of {@code type} named alike; null for null. */
    public static <T extends Enum<T>> List<T> same(List<? extends Enum<?>> values, Class<T> type) {
        return values == null
                ? null
                : values.stream().map(value -> same(value, type)).toList();
    }
}
