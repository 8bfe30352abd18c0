package io.tierdesk.oncall.feed;

import io.tierdesk.common.Caller;
import io.tierdesk.common.NotFound;
import io.tierdesk.oncall.access.OnCallAccess;
import io.tierdesk.oncall.rotation.Rotation;
import io.tierdesk.oncall.rotation.RotationRepository;
import io.tierdesk.oncall.rotation.ScheduleService;
import io.tierdesk.oncall.schedule.ScheduleEntry;
import io.tierdesk.security.KnownRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * iCalendar feeds read with a feed token: the token's owner must be able to see what the feed shows, judged at each
 * read by their team memberships now and, for every team's rotations, by a staff role they held when they created
 * the token and still held at their latest authenticated request ({@link KnownRoles}).
 */
@ApplicationScoped
class CalendarFeedService {

    static final Duration BACK = Duration.ofDays(30);
    static final Duration AHEAD = Duration.ofDays(60);
    private static final int MAX_ROTATIONS = 50;

    private final FeedTokenService tokens;
    private final RotationRepository rotations;
    private final ScheduleService schedules;
    private final Caller.Memberships memberships;
    private final KnownRoles knownRoles;
    private final PublishedEvents published;
    private final Clock clock;
    private final ICalendarWriter writer = new ICalendarWriter();

    CalendarFeedService(
            FeedTokenService tokens,
            RotationRepository rotations,
            ScheduleService schedules,
            Caller.Memberships memberships,
            KnownRoles knownRoles,
            PublishedEvents published,
            Clock clock) {
        this.tokens = tokens;
        this.rotations = rotations;
        this.schedules = schedules;
        this.memberships = memberships;
        this.knownRoles = knownRoles;
        this.published = published;
        this.clock = clock;
    }

    @Transactional
    String rotationFeed(UUID rotationId, String secret) {
        FeedToken token = tokens.resolve(secret);
        Rotation rotation = rotations.findById(rotationId);
        Set<UUID> teams = visibleTeams(token);
        if (rotation == null || (teams != null && !teams.contains(rotation.teamId))) {
            throw new NotFound("rotation", rotationId);
        }
        Instant now = now();
        return writer.rotationFeed(entries(rotation, now), now);
    }

    @Transactional
    String personFeed(String subject, String secret) {
        FeedToken token = tokens.resolve(secret);
        Instant now = now();
        List<RotationEntries> entries = rotations.involving(subject, visibleTeams(token), MAX_ROTATIONS).stream()
                .map(rotation -> entries(rotation, now))
                .toList();
        return writer.personFeed(subject, entries, now);
    }

    private RotationEntries entries(Rotation rotation, Instant now) {
        Instant since = now.minus(BACK);
        Instant until = now.plus(AHEAD);
        List<ScheduleEntry> entries = schedules.timeline(rotation).renderForCalendar(since, until);
        return published.publish(rotation, entries, since, until, now);
    }

    /** The teams the token's owner sees, or null for all. */
    private Set<UUID> visibleTeams(FeedToken token) {
        boolean seesAll = token.seesAll && knownRoles.includeAny(token.owner, OnCallAccess.READ_ALL_TEAMS);
        return seesAll ? null : memberships.teamsOf(token.owner);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.SECONDS);
    }
}
