package io.tierdesk.oncall.rotation;

import io.tierdesk.api.model.RotationWindowDto;
import io.tierdesk.common.InvalidInput;
import io.tierdesk.oncall.schedule.RotationRule;
import io.tierdesk.oncall.schedule.RotationTimeline;
import io.tierdesk.oncall.schedule.ShiftLength;
import io.tierdesk.oncall.schedule.ShiftUnit;
import io.tierdesk.oncall.schedule.WeeklyWindow;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns stored rotation definitions into {@link RotationRule}s and {@link RotationTimeline} pieces. */
final class RotationRules {

    private RotationRules() {}

    /** The pieces of a rotation's life, each following the definition in force then. */
    static List<RotationTimeline.Piece> pieces(Rotation rotation, List<RotationDefinition> definitions) {
        List<RotationTimeline.Piece> pieces = new ArrayList<>();
        for (int i = 0; i < definitions.size(); i++) {
            OffsetDateTime from =
                    i == 0 ? rotation.effectiveFrom : definitions.get(i).key.effectiveFrom();
            OffsetDateTime until =
                    i + 1 < definitions.size() ? definitions.get(i + 1).key.effectiveFrom() : null;
            if (rotation.effectiveUntil != null && (until == null || until.isAfter(rotation.effectiveUntil))) {
                until = rotation.effectiveUntil;
            }
            if (until != null && !until.isAfter(from)) {
                continue;
            }
            RotationDefinition definition = definitions.get(i);
            RotationRule rule = definition.members.length == 0 ? null : rule(definition, from, until);
            pieces.add(new RotationTimeline.Piece(from.toInstant(), until == null ? null : until.toInstant(), rule));
        }
        return pieces;
    }

    static RotationRule rule(RotationDefinition definition, OffsetDateTime from, OffsetDateTime until) {
        try {
            return new RotationRule(
                    zone(definition.timeZone),
                    List.of(definition.members),
                    new ShiftLength(definition.shiftAmount, ShiftUnit.valueOf(definition.shiftUnit)),
                    definition.handoffAnchor,
                    windows(definition.restrictions),
                    definition.restrictedTimeConsumesTurn,
                    from.toInstant(),
                    until == null ? null : until.toInstant());
        } catch (IllegalArgumentException e) {
            throw InvalidInput.field("rotation", e.getMessage());
        }
    }

    static ZoneId zone(String timeZone) {
        try {
            return ZoneId.of(timeZone);
        } catch (DateTimeException e) {
            throw InvalidInput.field("time_zone", "is not an IANA time zone");
        }
    }

    static LocalDateTime anchor(String text) {
        try {
            return LocalDateTime.parse(text);
        } catch (DateTimeParseException e) {
            throw InvalidInput.field("handoff_anchor", "is not a local date-time");
        }
    }

    static List<WeeklyWindow> windows(List<Map<String, String>> stored) {
        return stored.stream()
                .map(w -> new WeeklyWindow(
                        DayOfWeek.valueOf(w.get("start_day")), LocalTime.parse(w.get("start_time")),
                        DayOfWeek.valueOf(w.get("end_day")), LocalTime.parse(w.get("end_time"))))
                .toList();
    }

    static Map<String, String> window(RotationWindowDto window) {
        Map<String, String> stored = new LinkedHashMap<>();
        stored.put("start_day", window.getStartDay().name());
        stored.put("start_time", window.getStartTime());
        stored.put("end_day", window.getEndDay().name());
        stored.put("end_time", window.getEndTime());
        return stored;
    }
}
