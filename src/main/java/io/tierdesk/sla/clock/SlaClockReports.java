package io.tierdesk.sla.clock;

import io.tierdesk.api.model.SlaClockEventDto;
import io.tierdesk.api.model.SlaClockEventTypeDto;
import io.tierdesk.api.model.SlaClockReportDto;
import io.tierdesk.api.model.SlaClockStateDto;
import io.tierdesk.api.model.SlaMetricDto;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Renders an {@link SlaClock} as the API's {@code SlaClockReport}: its state at an instant and why. */
public final class SlaClockReports {

    private SlaClockReports() {}

    /** The clock at {@code at}, which must not precede the clock's last change. */
    public static SlaClockReportDto of(SlaClock clock, Instant at) {
        long elapsed = clock.consumedBusinessTime(at).toMinutes();
        long target = clock.target().toMinutes();
        return new SlaClockReportDto()
                .metric(SlaMetricDto.valueOf(clock.metric().name()))
                .targetMinutes(target)
                .startedAt(utc(clock.startedAt()))
                .dueAt(clock.dueAt().map(SlaClockReports::utc).orElse(null))
                .state(SlaClockStateDto.valueOf(clock.state().name()))
                .breached(clock.breachedInCycle())
                .everBreached(clock.everBreached())
                .elapsedBusinessMinutes(elapsed)
                .remainingBusinessMinutes(target - elapsed)
                .pausedSince(utc(clock.snapshot().pausedSince()))
                .cycle(clock.cycle())
                .events(clock.transitions().stream().map(SlaClockReports::toApi).toList());
    }

    static SlaClockEventDto toApi(SlaTransition transition) {
        return new SlaClockEventDto()
                .type(SlaClockEventTypeDto.valueOf(transition.type().name()))
                .at(utc(transition.at()))
                .cycle(transition.cycle())
                .dueAt(utc(transition.dueAt()))
                .reason(transition.pauseReason())
                .warningPercent(transition.warningPercent())
                .previousTargetMinutes(minutes(transition.previousTarget()))
                .targetMinutes(minutes(transition.newTarget()));
    }

    private static Long minutes(Duration duration) {
        return duration == null ? null : duration.toMinutes();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
