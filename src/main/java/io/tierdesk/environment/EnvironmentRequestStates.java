package io.tierdesk.environment;

import static io.tierdesk.api.model.EnvironmentRequestStatusDto.APPROVED;
import static io.tierdesk.api.model.EnvironmentRequestStatusDto.CANCELLED;
import static io.tierdesk.api.model.EnvironmentRequestStatusDto.EXPIRED;
import static io.tierdesk.api.model.EnvironmentRequestStatusDto.FAILED;
import static io.tierdesk.api.model.EnvironmentRequestStatusDto.LIVE;
import static io.tierdesk.api.model.EnvironmentRequestStatusDto.PENDING;
import static io.tierdesk.api.model.EnvironmentRequestStatusDto.PROVISIONING;
import static io.tierdesk.api.model.EnvironmentRequestStatusDto.REJECTED;

import io.tierdesk.api.model.EnvironmentRequestStatusDto;
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

    private static final Map<EnvironmentRequestStatusDto, Set<EnvironmentRequestStatusDto>> NEXT = Map.of(
            PENDING, EnumSet.of(APPROVED, REJECTED, CANCELLED),
            APPROVED, EnumSet.of(PROVISIONING),
            PROVISIONING, EnumSet.of(PROVISIONING, LIVE, FAILED),
            FAILED, EnumSet.of(APPROVED),
            LIVE, EnumSet.of(EXPIRED),
            REJECTED, EnumSet.noneOf(EnvironmentRequestStatusDto.class),
            CANCELLED, EnumSet.noneOf(EnvironmentRequestStatusDto.class),
            EXPIRED, EnumSet.noneOf(EnvironmentRequestStatusDto.class));

    private EnvironmentRequestStates() {
    }

    static boolean allows(EnvironmentRequestStatusDto from, EnvironmentRequestStatusDto to) {
        return NEXT.get(from).contains(to);
    }

    /** A 409 problem unless the move is legal. */
    static void check(EnvironmentRequestStatusDto from, EnvironmentRequestStatusDto to) {
        if (!allows(from, to)) {
            throw new Conflict("illegal-environment-request-transition",
                    "An environment request in state " + from + " cannot move to " + to + ".");
        }
    }

    /** A 409 problem unless the request is in the state the operation needs. */
    static void require(EnvironmentRequestStatusDto actual, EnvironmentRequestStatusDto needed, String what) {
        if (actual != needed) {
            throw new Conflict("illegal-environment-request-transition",
                    "Only a " + needed + " environment request can be " + what + "; this one is " + actual + ".");
        }
    }
}
