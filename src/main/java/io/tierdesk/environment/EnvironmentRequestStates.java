package io.tierdesk.environment;

import static io.tierdesk.environment.EnvironmentRequestStatus.APPROVED;
import static io.tierdesk.environment.EnvironmentRequestStatus.CANCELLED;
import static io.tierdesk.environment.EnvironmentRequestStatus.EXPIRED;
import static io.tierdesk.environment.EnvironmentRequestStatus.FAILED;
import static io.tierdesk.environment.EnvironmentRequestStatus.LIVE;
import static io.tierdesk.environment.EnvironmentRequestStatus.PENDING;
import static io.tierdesk.environment.EnvironmentRequestStatus.PROVISIONING;
import static io.tierdesk.environment.EnvironmentRequestStatus.REJECTED;

import io.tierdesk.common.Conflict;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The request's life: PENDING → APPROVED | REJECTED | CANCELLED; APPROVED → PROVISIONING → LIVE | FAILED;
 * PROVISIONING → PROVISIONING when a lease runs out and another worker claims it; FAILED → APPROVED (retry);
 * LIVE → EXPIRED.
 */
final class EnvironmentRequestStates {

    private static final Map<EnvironmentRequestStatus, Set<EnvironmentRequestStatus>> NEXT = Map.of(
            PENDING, EnumSet.of(APPROVED, REJECTED, CANCELLED),
            APPROVED, EnumSet.of(PROVISIONING),
            PROVISIONING, EnumSet.of(PROVISIONING, LIVE, FAILED),
            FAILED, EnumSet.of(APPROVED),
            LIVE, EnumSet.of(EXPIRED),
            REJECTED, EnumSet.noneOf(EnvironmentRequestStatus.class),
            CANCELLED, EnumSet.noneOf(EnvironmentRequestStatus.class),
            EXPIRED, EnumSet.noneOf(EnvironmentRequestStatus.class));

    private EnvironmentRequestStates() {}

    static boolean allows(EnvironmentRequestStatus from, EnvironmentRequestStatus to) {
        return NEXT.get(from).contains(to);
    }

    /** A 409 problem unless the move is legal. */
    static void check(EnvironmentRequestStatus from, EnvironmentRequestStatus to) {
        if (!allows(from, to)) {
            throw new Conflict(
                    "illegal-environment-request-transition",
                    "An environment request in state " + from + " cannot move to " + to + ".");
        }
    }

    /** A 409 problem unless the request is in the state the operation needs. */
    static void require(EnvironmentRequestStatus actual, EnvironmentRequestStatus needed, String what) {
        if (actual != needed) {
            throw new Conflict(
                    "illegal-environment-request-transition",
                    "Only a " + needed + " environment request can be " + what + "; this one is " + actual + ".");
        }
    }
}
