package io.tierdesk.oncall;

import io.quarkus.security.Authenticated;
import io.tierdesk.api.OnCallApi;
import io.tierdesk.api.model.EscalationPolicyCreateDto;
import io.tierdesk.api.model.EscalationPolicyPageDto;
import io.tierdesk.api.model.EscalationPolicyUpdateDto;
import io.tierdesk.api.model.FeedTokenCreateDto;
import io.tierdesk.api.model.FeedTokenCreatedDto;
import io.tierdesk.api.model.FeedTokenPageDto;
import io.tierdesk.api.model.OnCallAnswerDto;
import io.tierdesk.api.model.RotationCreateDto;
import io.tierdesk.api.model.RotationOverrideCreateDto;
import io.tierdesk.api.model.RotationOverridePageDto;
import io.tierdesk.api.model.RotationPageDto;
import io.tierdesk.api.model.RotationScheduleViewDto;
import io.tierdesk.api.model.RotationUpdateDto;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Page;
import io.tierdesk.common.Responses;
import io.tierdesk.common.Timestamps;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** On-call over HTTP: translates requests to the services and picks status codes. */
@Authenticated
class OnCallResource implements OnCallApi {

    private final RotationService rotations;
    private final ScheduleService schedules;
    private final OverrideService overrides;
    private final EscalationPolicyService policies;
    private final OnCallService onCall;
    private final FeedTokenService feedTokens;
    private final CalendarFeedService feeds;
    private final Pager pager;

    @Context
    UriInfo uri;

    @Context
    Request request;

    OnCallResource(RotationService rotations, ScheduleService schedules, OverrideService overrides,
                   EscalationPolicyService policies, OnCallService onCall, FeedTokenService feedTokens,
                   CalendarFeedService feeds, Pager pager) {
        this.rotations = rotations;
        this.schedules = schedules;
        this.overrides = overrides;
        this.policies = policies;
        this.onCall = onCall;
        this.feedTokens = feedTokens;
        this.feeds = feeds;
        this.pager = pager;
    }

    // --- rotations -------------------------------------------------------------------------------------------

    @Override
    public Response listRotations(UUID teamId, Integer limit, String cursor) {
        Page<Rotation> page = pager.page("rotations:" + teamId, limit, cursor, 2,
                (after, fetch) -> rotations.page(teamId, after.text(0),
                        after.id(1), fetch),
                rotation -> List.of(rotation.name, rotation.id.toString()));
        return Responses.page(uri, page.map(r -> OnCallMapper.toApi(r, rotations.current(r))),
                RotationPageDto::new, RotationPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response createRotation(RotationCreateDto rotationCreate, String idempotencyKey) {
        Rotation rotation = rotations.create(rotationCreate);
        return Responses.created(uri, rotation.id.toString(),
                OnCallMapper.toApi(rotation, rotations.current(rotation)), rotation.version);
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
    public Response listRotationOverrides(UUID rotationId, OffsetDateTime since, OffsetDateTime until, Integer limit,
                                          String cursor) {
        Timestamps.requireOrdered(since, until);
        Page<RotationOverride> page = pager.page("rotation-overrides:" + rotationId + ":" + since + ":" + until,
                limit, cursor, 2,
                (after, fetch) -> overrides.page(rotationId, since, until,
                        after.time(0),
                        after.id(1), fetch),
                override -> List.of(override.startAt.toString(), override.id.toString()));
        return Responses.page(uri, page.map(OnCallMapper::toApi),
                RotationOverridePageDto::new, RotationOverridePageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response createRotationOverride(UUID rotationId, RotationOverrideCreateDto request, String idempotencyKey) {
        RotationOverride override = overrides.create(rotationId, request);
        return Response.created(uri.getAbsolutePathBuilder().path(override.id.toString()).build())
                .entity(OnCallMapper.toApi(override)).build();
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
        return Response.ok(new RotationScheduleViewDto().rotationId(rotationId)
                .since(OnCallMapper.utc(since)).until(OnCallMapper.utc(until))
                .entries(entries.stream().map(OnCallMapper::toApi).toList())).build();
    }

    @Override
    public Response getRotationGaps(UUID rotationId, Integer days) {
        Instant since = schedules.now();
        Instant until = since.plus(Duration.ofDays(days == null ? 30 : days));
        var gaps = schedules.gaps(rotationId, since, until);
        return Response.ok(new RotationScheduleViewDto().rotationId(rotationId)
                .since(OnCallMapper.utc(since)).until(OnCallMapper.utc(until))
                .entries(gaps.stream().map(OnCallMapper::toApi).toList())).build();
    }

    // --- escalation policies ---------------------------------------------------------------------------------

    @Override
    public Response listEscalationPolicies(UUID teamId, Integer limit, String cursor) {
        Page<EscalationPolicy> page = pager.page("escalation-policies:" + teamId, limit, cursor, 2,
                (after, fetch) -> policies.page(teamId, after.text(0),
                        after.id(1), fetch),
                policy -> List.of(policy.name, policy.id.toString()));
        return Responses.page(uri, page.map(OnCallMapper::toApi),
                EscalationPolicyPageDto::new, EscalationPolicyPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response createEscalationPolicy(EscalationPolicyCreateDto request, String idempotencyKey) {
        EscalationPolicy policy = policies.create(request);
        return Responses.created(uri, policy.id.toString(), OnCallMapper.toApi(policy), policy.version);
    }

    @Override
    public Response getEscalationPolicy(UUID policyId) {
        EscalationPolicy policy = policies.visible(policyId);
        return Responses.ok(OnCallMapper.toApi(policy), policy.version);
    }

    @Override
    public Response updateEscalationPolicy(UUID policyId, EscalationPolicyUpdateDto request, String ifMatch) {
        EscalationPolicy policy = policies.update(policyId, request, ifMatch);
        return Responses.ok(OnCallMapper.toApi(policy), policy.version);
    }

    @Override
    public Response getOnCall(UUID teamId, UUID escalationPolicyId, OffsetDateTime at) {
        OnCallService.requireOneTarget(teamId, escalationPolicyId);
        Instant instant = at == null ? schedules.now() : at.toInstant();
        var items = teamId != null ? onCall.forTeam(teamId, instant) : onCall.forPolicy(escalationPolicyId, instant);
        return Response.ok(new OnCallAnswerDto().at(OnCallMapper.utc(instant)).items(items)).build();
    }

    // --- feed tokens and feeds -------------------------------------------------------------------------------

    @Override
    public Response listFeedTokens(Integer limit, String cursor) {
        Page<FeedToken> page = pager.page("feed-tokens", limit, cursor, 2,
                (after, fetch) -> feedTokens.page(after.time(0),
                        after.id(1), fetch),
                token -> List.of(token.createdAt.toString(), token.id.toString()));
        return Responses.page(uri, page.map(OnCallMapper::toApi), FeedTokenPageDto::new, FeedTokenPageDto::nextCursor);
    }

    @Override
    public Response createFeedToken(FeedTokenCreateDto request) {
        FeedTokenService.Created created = feedTokens.create(request);
        FeedToken token = created.token();
        FeedTokenCreatedDto body = new FeedTokenCreatedDto().id(token.id).name(token.name)
                .createdAt(OnCallMapper.utc(token.createdAt)).expiresAt(OnCallMapper.utc(token.expiresAt))
                .token(created.secret());
        return Response.created(uri.getAbsolutePathBuilder().path(token.id.toString()).build()).entity(body).build();
    }

    @Override
    public Response revokeFeedToken(UUID feedTokenId) {
        feedTokens.revoke(feedTokenId);
        return Response.noContent().build();
    }

    @Override
    @PermitAll
    public Response getRotationCalendarFeed(UUID rotationId, String token) {
        return CalendarFeedResponses.of(feeds.rotationFeed(rotationId, token), request);
    }

    @Override
    @PermitAll
    public Response getPersonCalendarFeed(String subject, String token) {
        return CalendarFeedResponses.of(feeds.personFeed(subject, token), request);
    }
}
