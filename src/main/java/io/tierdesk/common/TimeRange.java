package io.tierdesk.common;

/**
 * The instants the service accepts: years 0001 to 9999, the four-digit years of RFC 3339 and well inside what
 * PostgreSQL stores. Java parses far larger years, which the database would refuse with an error.
 */
public final class TimeRange {

    public static final String MESSAGE = "must be an RFC 3339 timestamp with a year from 0001 to 9999";

    private TimeRange() {}

    public static boolean contains(int year) {
        return year >= 1 && year <= 9999;
    }
}
