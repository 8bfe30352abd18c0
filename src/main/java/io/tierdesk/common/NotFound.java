package io.tierdesk.common;

import java.util.List;

/** The resource does not exist, or the caller may not know that it does. */
public final class NotFound extends DomainException {

    public NotFound(String what, Object id) {
        super("not-found", "Not found", "No " + what + " " + id + ".", List.of());
    }
}
