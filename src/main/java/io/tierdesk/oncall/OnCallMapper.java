package io.tierdesk.oncall;

import io.tierdesk.api.model.EscalationLevel;
import io.tierdesk.api.model.RotationScheduleEntry;
import io.tierdesk.api.model.RotationShiftLength;
import io.tierdesk.api.model.RotationShiftUnit;
import io.tierdesk.api.model.RotationWindow;
import io.tierdesk.api.model.ScheduleSource;
import io.tierdesk.api.model.Weekday;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Entities and schedule entries to their API representations. */
final class OnCallMapper {

    private OnCallMapper() {
    }

    static io.tierdesk.api.model.Rotation toApi(Rotation rotation, RotationDefinition current) {
        return new io.tierdesk.api.model.Rotation()
                .id(rotation.id)
                .teamId(rotation.teamId)
                .name(rotation.name)
                .timeZone(current.timeZone)
                .members(List.of(current.members))
                .shiftLength(new RotationShiftLength().amount(current.shiftAmount)
                        .unit(RotationShiftUnit.valueOf(current.shiftUnit)))
                .handoffAnchor(current.handoffAnchor.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .restrictions(current.restrictions.stream().map(OnCallMapper::window).toList())
                .restrictedTimeConsumesTurn(current.restrictedTimeConsumesTurn)
                .effectiveFrom(utc(rotation.effectiveFrom))
                .effectiveUntil(utc(rotation.effectiveUntil))
                .definitionEffectiveFrom(utc(max(rotation.effectiveFrom, current.key.effectiveFrom())))
                .version(rotation.version)
                .createdAt(utc(rotation.createdAt))
                .updatedAt(utc(rotation.updatedAt));
    }

    static io.tierdesk.api.model.RotationOverride toApi(RotationOverride override) {
        return new io.tierdesk.api.model.RotationOverride()
                .id(override.id)
                .rotationId(override.rotationId)
                .start(utc(override.startAt))
                .end(utc(override.endAt))
                .member(override.member)
                .reason(override.reason)
                .createdBy(override.createdBy)
                .createdAt(utc(override.createdAt));
    }

    static io.tierdesk.api.model.EscalationPolicy toApi(EscalationPolicy policy) {
        return new io.tierdesk.api.model.EscalationPolicy()
                .id(policy.id)
                .teamId(policy.teamId)
                .name(policy.name)
                .levels(policy.levels.stream().map(OnCallMapper::level).toList())
                .repeat(policy.repeatCount)
                .version(policy.version)
                .createdAt(utc(policy.createdAt))
                .updatedAt(utc(policy.updatedAt));
    }

    static io.tierdesk.api.model.FeedToken toApi(FeedToken token) {
        return new io.tierdesk.api.model.FeedToken()
                .id(token.id)
                .name(token.name)
                .createdAt(utc(token.createdAt))
                .revokedAt(utc(token.revokedAt))
                .expiresAt(utc(token.expiresAt));
    }

    static RotationScheduleEntry toApi(ScheduleEntry entry) {
        return new RotationScheduleEntry()
                .start(utc(entry.start()))
                .end(utc(entry.end()))
                .member(entry.member())
                .source(ScheduleSource.valueOf(entry.source().name()))
                .isGap(entry.isGap());
    }

    static EscalationLevel level(Map<String, Object> stored) {
        Object rotation = stored.get("rotation_id");
        return new EscalationLevel()
                .delayMinutes(((Number) stored.get("delay_minutes")).intValue())
                .rotationId(rotation == null ? null : UUID.fromString(rotation.toString()))
                .subject((String) stored.get("subject"));
    }

    static RotationWindow window(Map<String, String> stored) {
        return new RotationWindow()
                .startDay(Weekday.valueOf(stored.get("start_day")))
                .startTime(stored.get("start_time"))
                .endDay(Weekday.valueOf(stored.get("end_day")))
                .endTime(stored.get("end_time"));
    }

    static OffsetDateTime utc(OffsetDateTime value) {
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    static OffsetDateTime utc(Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime max(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
