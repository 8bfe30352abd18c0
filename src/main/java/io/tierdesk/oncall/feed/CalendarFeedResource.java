package io.tierdesk.oncall.feed;

import io.tierdesk.api.CalendarFeedsApi;
import io.tierdesk.api.model.FeedTokenCreateDto;
import io.tierdesk.api.model.FeedTokenCreatedDto;
import io.tierdesk.api.model.FeedTokenPageDto;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import io.tierdesk.oncall.rotation.OnCallMapper;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** Feed tokens and the calendar feeds they unlock over HTTP: translates requests to the services. */
class CalendarFeedResource implements CalendarFeedsApi {

    private final FeedTokenService feedTokens;
    private final CalendarFeedService feeds;
    private final Pager pager;

    @Context
    UriInfo uri;

    @Context
    Request request;

    CalendarFeedResource(FeedTokenService feedTokens, CalendarFeedService feeds, Pager pager) {
        this.feedTokens = feedTokens;
        this.feeds = feeds;
        this.pager = pager;
    }

    @Override
    public Response listFeedTokens(Integer limit, String cursor) {
        Page<FeedToken> page = pager.page(
                "feed-tokens",
                limit,
                cursor,
                2,
                (after, fetch) -> feedTokens.page(after.time(0), after.id(1), fetch),
                token -> List.of(token.createdAt.toString(), token.id.toString()));
        return Responses.page(
                uri, page.map(FeedTokenMapper::toApi), FeedTokenPageDto::new, FeedTokenPageDto::nextCursor);
    }

    @Override
    @Idempotent(shownOnce = "token")
    public Response createFeedToken(FeedTokenCreateDto request, String idempotencyKey) {
        FeedTokenService.Created created = feedTokens.create(request);
        FeedToken token = created.token();
        FeedTokenCreatedDto body = new FeedTokenCreatedDto()
                .id(token.id)
                .name(token.name)
                .createdAt(OnCallMapper.utc(token.createdAt))
                .expiresAt(OnCallMapper.utc(token.expiresAt))
                .token(created.secret());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(token.id.toString()).build())
                .entity(body)
                .build();
    }

    @Override
    public Response revokeFeedToken(UUID feedTokenId) {
        feedTokens.revoke(feedTokenId);
        return Response.noContent().build();
    }

    @Override
    public Response getRotationCalendarFeed(UUID rotationId, String token) {
        return CalendarFeedResponses.of(feeds.rotationFeed(rotationId, token), request);
    }

    @Override
    public Response getPersonCalendarFeed(String subject, String token) {
        return CalendarFeedResponses.of(feeds.personFeed(subject, token), request);
    }
}
