package io.tierdesk.common;

import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.function.Function;

/**
 * The API form of a tracked resource, made once per state. The journal converts a changed resource to its API form
 * for the audit entry and the event; the response to the same request reuses that form instead of converting the
 * resource again, as long as it is the same instance at the same version and update time.
 *
 * <p>The reused form is only right if the response asks with the mapping the journal was given, and if the resource
 * is not changed after its change is recorded (which would leave the audit entry behind as well).
 */
public final class ApiForms {

    record Recorded(Object form, long version, OffsetDateTime updatedAt) {}

    private ApiForms() {}

    /** Remembers the form the journal made of the resource as it is now. */
    public static void remember(TrackedEntity entity, Object form) {
        entity.recordedForm = new Recorded(form, entity.version, entity.updatedAt);
    }

    /** The form remembered of the resource if it has not changed since, else its form made now. */
    @SuppressWarnings("unchecked")
    public static <E extends TrackedEntity, A> A of(E entity, Function<? super E, A> toApi) {
        Recorded recorded = entity.recordedForm;
        if (recorded != null
                && recorded.version() == entity.version
                && Objects.equals(recorded.updatedAt(), entity.updatedAt)) {
            return (A) recorded.form();
        }
        return toApi.apply(entity);
    }
}
