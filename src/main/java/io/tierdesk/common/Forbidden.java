package io.tierdesk.common;

import java.util.List;

/** The caller may see the resource but not do this to it. */
public final class Forbidden extends DomainException {

    public Forbidden(String detail) {
        super("forbidden", "Forbidden", detail, List.of());
    }
}
