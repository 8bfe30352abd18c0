package io.tierdesk.oncall.rotation;

import io.tierdesk.api.RotationsApi;
import io.tierdesk.api.model.RotationCreateDto;
import io.tierdesk.api.model.RotationOverrideCreateDto;
import io.tierdesk.api.model.RotationOverridePageDto;
import io.tierdesk.api.model.RotationPageDto;
import io.tierdesk.api.model.RotationScheduleViewDto;
import io.tierdesk.api.model.RotationUpdateDto;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import io.tierdesk.common.Timestamps;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Rotations, their overrides and rendered schedules over HTTP: translates requests to the services. */
class RotationResource implements RotationsApi {

    private final RotationService rotations;
    private final ScheduleService schedules;
    private final OverrideService overrides;
    private final Pager pager;

    @Context
    UriInfo uri;

    RotationResource(RotationService rotations, ScheduleService schedules, OverrideService overrides, Pager pager) {
        this.rotations = rotations;
        this.schedules = schedules;
        this.overrides = overrides;
        this.pager = pager;
    }

    // --- rotations -------------------------------------------------------------------------------------------

    @Override
    public Response listRotations(UUID teamId, Integer limit, String cursor) {
        Page<Rotation> page = pager.page(
                "rotations:" + teamId,
                limit,
                cursor,
                2,
                (after, fetch) -> rotations.page(teamId, after.text(0), after.id(1), fetch),
                rotation -> List.of(rotation.name, rotation.id.toString()));
        return Responses.page(
                uri,
                page.map(r -> OnCallMapper.toApi(r, rotations.current(r))),
                RotationPageDto::new,
                RotationPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response createRotation(RotationCreateDto rotationCreate, String idempotencyKey) {
        Rotation rotation = rotations.create(rotationCreate);
        return Responses.created(
                uri,
                rotation.id.toString(),
                OnCallMapper.toApi(rotation, rotations.current(rotation)),
                rotation.version);
    }

    @Override
    public Response getRotation(UUID rotationId) {
        Rotation rotation = rotations.visible(rotationId);
        return Responses.ok(OnCallMapper.toApi(rotation, rotations.current(rotation)), rotation.version);
    }

    @Override
    public Response updateRotation(UUID rotationId, RotationUpdateDto rotationUpdate, String ifMatch) {
        Rotation rotation = rotations.update(rotationId, rotationUpdate, ifMatch);
        return Responses.ok(OnCallMapper.toApi(rotation, rotations.current(rotation)), rotation.version);
    }

    // --- overrides -------------------------------------------------------------------------------------------

    @Override
    public Response listRotationOverrides(
            UUID rotationId, OffsetDateTime since, OffsetDateTime until, Integer limit, String cursor) {
        Timestamps.requireOrdered(since, until);
        Page<RotationOverride> page = pager.page(
                "rotation-overrides:" + rotationId + ":" + since + ":" + until,
                limit,
                cursor,
                2,
                (after, fetch) -> overrides.page(rotationId, since, until, after.time(0), after.id(1), fetch),
                override -> List.of(override.startAt.toString(), override.id.toString()));
        return Responses.page(
                uri, page.map(OnCallMapper::toApi), RotationOverridePageDto::new, RotationOverridePageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response createRotationOverride(UUID rotationId, RotationOverrideCreateDto request, String idempotencyKey) {
        RotationOverride override = overrides.create(rotationId, request);
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(override.id.toString())
                        .build())
                .entity(OnCallMapper.toApi(override))
                .build();
    }

    @Override
    public Response deleteRotationOverride(UUID rotationId, UUID overrideId) {
        overrides.delete(rotationId, overrideId);
        return Response.noContent().build();
    }

    // --- schedules -------------------------------------------------------------------------------------------

    @Override
    public Response getRotationSchedule(UUID rotationId, OffsetDateTime since, OffsetDateTime until) {
        var entries = schedules.schedule(rotationId, since, until);
        return Response.ok(new RotationScheduleViewDto()
                        .rotationId(rotationId)
                        .since(OnCallMapper.utc(since))
                        .until(OnCallMapper.utc(until))
                        .entries(entries.stream().map(OnCallMapper::toApi).toList()))
                .build();
    }

    @Override
    public Response getRotationGaps(UUID rotationId, Integer days) {
        Instant since = schedules.now();
        Instant until = since.plus(Duration.ofDays(days == null ? 30 : days));
        var gaps = schedules.gaps(rotationId, since, until);
        return Response.ok(new RotationScheduleViewDto()
                        .rotationId(rotationId)
                        .since(OnCallMapper.utc(since))
                        .until(OnCallMapper.utc(until))
                        .entries(gaps.stream().map(OnCallMapper::toApi).toList()))
                .build();
    }
}
