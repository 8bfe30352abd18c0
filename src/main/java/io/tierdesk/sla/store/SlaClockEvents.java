package io.tierdesk.sla.store;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import io.tierdesk.sla.clock.SlaMetric;
import io.tierdesk.sla.clock.SlaTransition;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** The recorded transitions of ticket clocks: the history that explains a due date. */
@ApplicationScoped
class SlaClockEvents implements PanacheRepository<SlaClockEventRow> {

    void record(UUID ticketId, SlaMetric metric, List<SlaTransition> transitions) {
        for (SlaTransition transition : transitions) {
            SlaClockEventRow row = new SlaClockEventRow();
            row.ticketId = ticketId;
            row.metric = metric;
            row.type = transition.type();
            row.at = transition.at().atOffset(ZoneOffset.UTC);
            row.cycle = transition.cycle();
            row.pauseReason = transition.pauseReason();
            row.warningPercent = transition.warningPercent();
            row.previousTargetSeconds = seconds(transition.previousTarget());
            row.newTargetSeconds = seconds(transition.newTarget());
            row.dueAt = transition.dueAt() == null ? null : transition.dueAt().atOffset(ZoneOffset.UTC);
            persist(row);
        }
    }

    List<SlaTransition> of(UUID ticketId, SlaMetric metric) {
        return list("ticketId = ?1 and metric = ?2 order by id", ticketId, metric).stream()
                .map(row -> new SlaTransition(
                        row.type,
                        row.at.toInstant(),
                        row.cycle,
                        row.pauseReason,
                        row.warningPercent,
                        duration(row.previousTargetSeconds),
                        duration(row.newTargetSeconds),
                        row.dueAt == null ? null : row.dueAt.toInstant()))
                .toList();
    }

    private static Long seconds(Duration duration) {
        return duration == null ? null : duration.toSeconds();
    }

    private static Duration duration(Long seconds) {
        return seconds == null ? null : Duration.ofSeconds(seconds);
    }
}
