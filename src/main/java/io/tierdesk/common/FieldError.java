package io.tierdesk.common;

/** A field of a request that is at fault, and why; {@code field} is the body-relative JSON path. */
public record FieldError(String field, String message) {}
