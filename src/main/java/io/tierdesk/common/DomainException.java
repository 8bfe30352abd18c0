package io.tierdesk.common;

import java.util.List;

/**
 * A request the domain refuses, told in its own words: a stable code (the last part of the problem type), a title
 * and a detail for people, and the fields at fault when there are any. Services throw the subclasses; {@link
 * ProblemMappers} alone decides which HTTP answer each one is.
 */
public abstract class DomainException extends RuntimeException {

    private final String code;
    private final String title;
    private final transient List<FieldError> errors;

    protected DomainException(String code, String title, String detail, List<FieldError> errors) {
        super(detail, null, false, false);
        this.code = code;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
