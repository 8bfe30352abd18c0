package io.tierdesk.common;

/** Converts between the domain's enums and the contract's, which spell their constants alike. */
public final class Enums {

    private Enums() {}

    /** The constant of {@code type} named as {@code value}; null for null. */
    public static <T extends Enum<T>> T same(Enum<?> value, Class<T> type) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }
}
