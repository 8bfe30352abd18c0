package io.tierdesk.oncall;

import io.tierdesk.api.OnCallApi;
import io.tierdesk.api.model.OnCallAnswerDto;
import io.tierdesk.oncall.rotation.OnCallMapper;
import io.tierdesk.oncall.rotation.ScheduleService;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Who is on call, over HTTP. */
class OnCallResource implements OnCallApi {

    private final ScheduleService schedules;
    private final OnCallService onCall;
    private final OnCallCoverageService coverage;

    OnCallResource(ScheduleService schedules, OnCallService onCall, OnCallCoverageService coverage) {
        this.schedules = schedules;
        this.onCall = onCall;
        this.coverage = coverage;
    }

    @Override
    public Response getOnCall(UUID teamId, UUID escalationPolicyId, OffsetDateTime at) {
        OnCallService.requireOneTarget(teamId, escalationPolicyId);
        Instant instant = at == null ? schedules.now() : at.toInstant();
        var items = teamId != null ? onCall.forTeam(teamId, instant) : onCall.forPolicy(escalationPolicyId, instant);
        return Response.ok(new OnCallAnswerDto().at(OnCallMapper.utc(instant)).items(items))
                .build();
    }

    @Override
    public Response getOnCallCoverage(OffsetDateTime since, OffsetDateTime until, UUID teamId, List<UUID> rotationIds) {
        var report = coverage.coverage(teamId, rotationIds, since.toInstant(), until.toInstant());
        return Response.ok(OnCallCoverageMapper.toApi(report)).build();
    }
}
