package io.tierdesk.environment;

import io.tierdesk.api.model.EnvironmentRequestDto;
import io.tierdesk.api.model.EnvironmentRequestStatusDto;
import io.tierdesk.api.model.EnvironmentRequestTypeDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import java.util.List;

/** Environment requests on the wire. */
public final class EnvironmentRequestMapper {

    private EnvironmentRequestMapper() {}

    /** An environment request in the journal: its events are filed under the tier it is for. */
    static Journal.Subject subject(EnvironmentRequest request) {
        return new Journal.Subject("environment_request", request.id, request.tierId, null);
    }

    public static EnvironmentRequestDto toApi(EnvironmentRequest request) {
        return new EnvironmentRequestDto()
                .id(request.id)
                .displayName(request.displayName)
                .type(Enums.same(request.type, EnvironmentRequestTypeDto.class))
                .region(request.region)
                .purpose(request.purpose)
                .requestedAdmins(List.copyOf(request.requestedAdmins))
                .securityGroup(request.securityGroup)
                .dataverse(request.dataverse)
                .expiryDays(request.expiryDays)
                .tierId(request.tierId)
                .requester(request.requester)
                .status(Enums.same(request.status, EnvironmentRequestStatusDto.class))
                .decisionReason(request.decisionReason)
                .decidedBy(request.decidedBy)
                .decidedAt(Timestamps.utc(request.decidedAt))
                .leaseOwner(request.leaseOwner)
                .leaseExpiresAt(Timestamps.utc(request.leaseExpiresAt))
                .attempts(request.attempts)
                .environmentId(request.environmentId)
                .environmentUrl(request.environmentUrl)
                .error(request.error)
                .provisionedAt(Timestamps.utc(request.provisionedAt))
                .expiresAt(Timestamps.utc(request.expiresAt))
                .expiryWarnedAt(Timestamps.utc(request.expiryWarnedAt))
                .version(request.version)
                .createdAt(Timestamps.utc(request.createdAt))
                .updatedAt(Timestamps.utc(request.updatedAt));
    }
}
