package io.tierdesk.common;

import java.util.List;

/** The request itself is malformed: a value out of its allowed shape or range. */
public final class InvalidInput extends DomainException {

    public InvalidInput(String code, String title, String detail) {
        this(code, title, detail, List.of());
    }

    public InvalidInput(String code, String title, String detail, List<FieldError> errors) {
        super(code, title, detail, errors);
    }

    /** One field at fault. */
    public static InvalidInput field(String field, String message) {
        return fields(List.of(new FieldError(field, message)));
    }

    /** Several fields at fault, in the order given. */
    public static InvalidInput fields(List<FieldError> errors) {
        String detail = "The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "." : "s.");
        return new InvalidInput("validation", "Invalid request", detail, errors);
    }
}
