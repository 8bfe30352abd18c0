package io.tierdesk.oncall.rotation;

import io.tierdesk.api.model.RotationDto;
import io.tierdesk.api.model.RotationOverrideDto;
import io.tierdesk.api.model.RotationScheduleEntryDto;
import io.tierdesk.api.model.RotationShiftLengthDto;
import io.tierdesk.api.model.RotationShiftUnitDto;
import io.tierdesk.api.model.RotationWindowDto;
import io.tierdesk.api.model.ScheduleSourceDto;
import io.tierdesk.api.model.WeekdayDto;
import io.tierdesk.oncall.schedule.ScheduleEntry;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

/** Rotations, overrides and schedule entries to their API representations, and instants to UTC. */
public final class OnCallMapper {

    private OnCallMapper() {}

    public static RotationDto toApi(Rotation rotation, RotationDefinition current) {
        return new RotationDto()
                .id(rotation.id)
                .teamId(rotation.teamId)
                .name(rotation.name)
                .timeZone(current.timeZone)
                .members(List.of(current.members))
                .shiftLength(new RotationShiftLengthDto()
                        .amount(current.shiftAmount)
                        .unit(RotationShiftUnitDto.valueOf(current.shiftUnit)))
                .handoffAnchor(current.handoffAnchor.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME))
                .restrictions(
                        current.restrictions.stream().map(OnCallMapper::window).toList())
                .restrictedTimeConsumesTurn(current.restrictedTimeConsumesTurn)
                .effectiveFrom(utc(rotation.effectiveFrom))
                .effectiveUntil(utc(rotation.effectiveUntil))
                .definitionEffectiveFrom(utc(max(rotation.effectiveFrom, current.key.effectiveFrom())))
                .version(rotation.version)
                .createdAt(utc(rotation.createdAt))
                .updatedAt(utc(rotation.updatedAt));
    }

    public static RotationOverrideDto toApi(RotationOverride override) {
        return new RotationOverrideDto()
                .id(override.id)
                .rotationId(override.rotationId)
                .start(utc(override.startAt))
                .end(utc(override.endAt))
                .member(override.member)
                .reason(override.reason)
                .createdBy(override.createdBy)
                .createdAt(utc(override.createdAt));
    }

    public static RotationScheduleEntryDto toApi(ScheduleEntry entry) {
        return new RotationScheduleEntryDto()
                .start(utc(entry.start()))
                .end(utc(entry.end()))
                .member(entry.member())
                .source(ScheduleSourceDto.valueOf(entry.source().name()))
                .isGap(entry.isGap());
    }

    public static RotationWindowDto window(Map<String, String> stored) {
        return new RotationWindowDto()
                .startDay(WeekdayDto.valueOf(stored.get("start_day")))
                .startTime(stored.get("start_time"))
                .endDay(WeekdayDto.valueOf(stored.get("end_day")))
                .endTime(stored.get("end_time"));
    }

    public static OffsetDateTime utc(OffsetDateTime value) {
        return value == null ? null : value.withOffsetSameInstant(ZoneOffset.UTC);
    }

    public static OffsetDateTime utc(Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    private static OffsetDateTime max(OffsetDateTime a, OffsetDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
