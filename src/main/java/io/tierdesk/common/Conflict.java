package io.tierdesk.common;

import java.util.List;

/** The request clashes with the resource's current state or with another resource. */
public final class Conflict extends DomainException {

    public Conflict(String code, String detail) {
        this(code, "Conflict", detail);
    }

    public Conflict(String code, String title, String detail) {
        this(code, title, detail, List.of());
    }

    public Conflict(String code, String title, String detail, List<FieldError> errors) {
        super(code, title, detail, errors);
    }
}
