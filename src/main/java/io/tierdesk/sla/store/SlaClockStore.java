package io.tierdesk.sla.store;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tierdesk.calendar.BusinessCalendar;
import io.tierdesk.calendar.CalendarService;
import io.tierdesk.common.Timestamps;
import io.tierdesk.sla.clock.SlaClock;
import io.tierdesk.sla.clock.SlaClockSnapshot;
import io.tierdesk.sla.clock.SlaClockState;
import io.tierdesk.sla.clock.SlaMetric;
import io.tierdesk.sla.clock.SlaTransition;
import io.tierdesk.sla.policy.ResolvedSlaPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.FlushMode;
import org.hibernate.jpa.HibernateHints;

/**
 * Persists ticket SLA clocks: each {@link SlaClock} operation is saved as its snapshot plus the transitions it
 * recorded, and the clock's next check time, which the breach scan claims by index.
 */
@ApplicationScoped
public class SlaClockStore implements PanacheRepositoryBase<SlaClockRow, SlaClockRow.Key> {

    private final CalendarService calendars;
    private final SlaClockEvents events;

    SlaClockStore(CalendarService calendars, SlaClockEvents events) {
        this.calendars = calendars;
        this.events = events;
    }

    /** A loaded clock and the row it came from. */
    public record Stored(SlaClockRow row, SlaClock clock) {}

    public void start(UUID ticketId, SlaMetric metric, ResolvedSlaPolicy policy, Instant at) {
        keep(List.of(open(ticketId, metric, policy, at)));
    }

    /** A clock started at {@code at} and its row, not stored yet: see {@link #keep}. */
    public Stored open(UUID ticketId, SlaMetric metric, ResolvedSlaPolicy policy, Instant at) {
        SlaClock clock = SlaClock.start(metric, policy.calendar(), at, policy.target(metric));
        SlaClockRow row = new SlaClockRow();
        row.key = new SlaClockRow.Key(ticketId, metric);
        row.policyId = policy.policyId();
        row.policyVersion = policy.policyVersion();
        row.calendarId = policy.calendarId();
        row.warningThresholds = new ArrayList<>(policy.warningThresholds());
        row.escalateOnBreach = policy.escalateOnBreach();
        fill(row, clock);
        return new Stored(row, clock);
    }

    /**
     * Stores clocks from {@link #open} with their transitions, in one statement. The session is flushed first, so
     * that a new ticket is in the database before its clocks. The rows are not managed afterwards: read a clock
     * again ({@link #load}, {@link #ofTicket}) to change it in the same transaction.
     */
    public void keep(List<Stored> opened) {
        if (opened.isEmpty()) {
            return;
        }
        flush();
        NewClocksStatement.execute(
                getSession(),
                opened.stream().map(Stored::row).toList(),
                opened.stream()
                        .flatMap(stored -> SlaClockEvents.recorded(
                                stored.row().key.ticketId(),
                                stored.row().key.metric(),
                                stored.clock().newTransitions())
                                .stream())
                        .toList());
    }

    /** Pins a clock to other policy terms: version, warning thresholds and escalation rule (the calendar stays). */
    public void repin(SlaClockRow row, ResolvedSlaPolicy policy) {
        row.policyId = policy.policyId();
        row.policyVersion = policy.policyVersion();
        row.warningThresholds = new ArrayList<>(policy.warningThresholds());
        row.escalateOnBreach = policy.escalateOnBreach();
    }

    /** Pins a clock to another policy altogether, its calendar included (the clock was rebased onto it). */
    public void move(SlaClockRow row, ResolvedSlaPolicy policy) {
        repin(row, policy);
        row.calendarId = policy.calendarId();
        row.calendarVersion = null;
    }

    public List<Stored> ofTicket(UUID ticketId) {
        List<Stored> stored = new ArrayList<>();
        for (SlaClockRow row : list("key.ticketId = ?1 order by key.metric", ticketId)) {
            stored.add(new Stored(row, restore(row, List.of())));
        }
        return stored;
    }

    /**
     * As {@link #ofTicket}, without flushing this transaction's changes first. Clocks already loaded here come back
     * as they are in memory, changes included; clocks created and not yet flushed are missing, so only for a
     * ticket whose clocks exist.
     */
    public List<Stored> ofTicketUnflushed(UUID ticketId) {
        List<Stored> stored = new ArrayList<>();
        for (SlaClockRow row : find("key.ticketId = ?1 order by key.metric", ticketId)
                .withHint(HibernateHints.HINT_FLUSH_MODE, FlushMode.COMMIT)
                .list()) {
            stored.add(new Stored(row, restore(row, List.of())));
        }
        return stored;
    }

    /** The same clocks as their rows now stand, changes of this transaction included; reads nothing. */
    public List<Stored> asSaved(List<Stored> stored) {
        return stored.stream()
                .map(s -> new Stored(s.row(), restore(s.row(), List.of())))
                .toList();
    }

    public Optional<Stored> load(UUID ticketId, SlaMetric metric) {
        return findByIdOptional(new SlaClockRow.Key(ticketId, metric))
                .map(row -> new Stored(row, restore(row, List.of())));
    }

    /** The clock with its whole recorded history, to explain it. */
    public SlaClock withHistory(SlaClockRow row) {
        return restore(row, events.of(row.key.ticketId(), row.key.metric()));
    }

    /** Writes the clock's new state and what its last operation recorded. */
    public void save(SlaClockRow row, SlaClock clock) {
        fill(row, clock);
        events.record(SlaClockEvents.recorded(row.key.ticketId(), row.key.metric(), clock.newTransitions()));
    }

    private static void fill(SlaClockRow row, SlaClock clock) {
        SlaClockSnapshot snapshot = clock.snapshot();
        row.startedAt = at(snapshot.startedAt());
        row.targetSeconds = snapshot.target().toSeconds();
        row.excludedSeconds = snapshot.excludedBusinessTime().toSeconds();
        row.pausedSince = at(snapshot.pausedSince());
        row.stoppedAt = at(snapshot.stoppedAt());
        row.lastChangedAt = at(snapshot.lastChangedAt());
        row.cycle = snapshot.cycle();
        row.everBreached = snapshot.everBreached();
        row.breachedInCycle = snapshot.breachedInCycle();
        row.firedWarnings = new ArrayList<>(snapshot.firedWarnings());
        row.dueAt = clock.dueAt().map(SlaClockStore::at).orElse(null);
        row.elapsedSeconds = snapshot.stoppedAt() == null
                ? null
                : clock.consumedBusinessTime(snapshot.stoppedAt()).toSeconds();
        row.nextCheckAt = at(nextCheck(clock, row.warningThresholds));
    }

    /** The next instant at which a warning or the breach fires, or null when nothing can fire. */
    static Instant nextCheck(SlaClock clock, List<Integer> thresholds) {
        if (clock.state() != SlaClockState.RUNNING
                || clock.breachedInCycle()
                || clock.dueAt().isEmpty()) {
            return null;
        }
        Instant next = clock.dueAt().get();
        HashSet<Integer> fired = new HashSet<>(clock.snapshot().firedWarnings());
        BusinessCalendar calendar = clock.calendar();
        for (int percent : thresholds) {
            if (!fired.contains(percent)) {
                Duration reached =
                        clock.target().multipliedBy(percent).dividedBy(100).plus(clock.excludedBusinessTime());
                Instant warning = calendar.addBusinessTime(clock.startedAt(), reached);
                if (warning.isBefore(next)) {
                    next = warning;
                }
            }
        }
        return next;
    }

    private SlaClock restore(SlaClockRow row, List<SlaTransition> history) {
        SlaClockSnapshot snapshot = new SlaClockSnapshot(
                row.key.metric(),
                row.startedAt.toInstant(),
                Duration.ofSeconds(row.targetSeconds),
                Duration.ofSeconds(row.excludedSeconds),
                instant(row.pausedSince),
                instant(row.stoppedAt),
                row.lastChangedAt.toInstant(),
                row.cycle,
                row.everBreached,
                row.breachedInCycle,
                new HashSet<>(row.firedWarnings));
        BusinessCalendar calendar = row.calendarVersion == null
                ? calendars.businessCalendar(row.calendarId)
                : calendars.businessCalendar(row.calendarId, row.calendarVersion);
        return SlaClock.restore(calendar, snapshot, history);
    }

    private static OffsetDateTime at(Instant instant) {
        return instant == null ? null : Timestamps.utc(instant.atOffset(ZoneOffset.UTC));
    }

    private static Instant instant(OffsetDateTime at) {
        return at == null ? null : at.toInstant();
    }
}
