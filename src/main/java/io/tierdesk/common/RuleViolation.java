package io.tierdesk.common;

import java.util.List;

/** The request is well formed but breaks a rule of the domain (an unknown reference, an impossible schedule…). */
public final class RuleViolation extends DomainException {

    public RuleViolation(String code, String title, String detail) {
        this(code, title, detail, List.of());
    }

    public RuleViolation(String code, String title, String detail, List<FieldError> errors) {
        super(code, title, detail, errors);
    }
}
