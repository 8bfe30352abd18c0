package io.tierdesk.oncall.feed;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The cache policy of the calendar feeds: private (the URL carries the reader's feed token), revalidated on every
 * poll, with an entity tag over the content without its DTSTAMP lines (which only say when the feed was written), so
 * a calendar client that polls an unchanged schedule gets a 304 with no body.
 */
final class CalendarFeedResponses {

    static final String CALENDAR = "text/calendar; charset=utf-8";

    private CalendarFeedResponses() {}

    static Response of(String calendar, Request request) {
        EntityTag tag = new EntityTag(digest(calendar.replaceAll("(?m)^DTSTAMP:[^\r\n]*\r?\n", "")));
        CacheControl cache = new CacheControl();
        cache.setPrivate(true);
        cache.setNoCache(true);
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder builder = unchanged != null ? unchanged : Response.ok(calendar, CALENDAR);
        return builder.tag(tag).cacheControl(cache).build();
    }

    private static String digest(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
