package io.tierdesk.common;

import java.util.List;

/** The caller made the change conditional on a state of the resource that does not hold. */
public final class PreconditionFailed extends DomainException {

    public PreconditionFailed(String detail) {
        super("precondition-failed", "Precondition failed", detail, List.of());
    }
}
