package io.tierdesk.ticket;

import io.tierdesk.api.model.TicketSlaReportDto;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.common.Timestamps;
import io.tierdesk.sla.ClocksRetargeted;
import io.tierdesk.sla.clock.SlaClock;
import io.tierdesk.sla.clock.SlaClockReports;
import io.tierdesk.sla.clock.SlaClockState;
import io.tierdesk.sla.clock.SlaMetric;
import io.tierdesk.sla.policy.ResolvedSlaPolicy;
import io.tierdesk.sla.policy.SlaPolicyService;
import io.tierdesk.sla.store.SlaClockRow;
import io.tierdesk.sla.store.SlaClockStore;
import io.tierdesk.ticketterms.TicketStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Drives a ticket's two SLA clocks from what happens to the ticket: started under the policy for its tier and
 * priority (or the fast lane for its category), paused while waiting, stopped by the first response or the
 * resolution, resumed by a reopen, and retargeted when the priority changes. Keeps the ticket's own due time and
 * breach flag in step.
 */
@ApplicationScoped
class TicketSla {

    private static final String WAITING = "The ticket is waiting (%s).";

    private final SlaPolicyService policies;
    private final SlaClockStore clocks;
    private final SlaEvents events;

    TicketSla(SlaPolicyService policies, SlaClockStore clocks, SlaEvents events) {
        this.policies = policies;
        this.clocks = clocks;
        this.events = events;
    }

    /**
     * The clocks a new ticket starts under the policy for its tier and priority, and its due time set from them,
     * before anything is stored: the ticket is inserted once, with its due time; {@link #keep} then stores them.
     */
    List<SlaClockStore.Stored> open(Ticket ticket) {
        List<SlaClockStore.Stored> opened = policies.resolve(ticket.tierId, ticket.priority, ticket.category)
                .map(policy -> {
                    Instant at = ticket.createdAt.toInstant();
                    return List.of(
                            clocks.open(ticket.id, SlaMetric.FIRST_RESPONSE, policy, at),
                            clocks.open(ticket.id, SlaMetric.RESOLUTION, policy, at));
                })
                .orElse(List.of());
        refresh(ticket, opened);
        return opened;
    }

    /** Stores the clocks of {@link #open}, after the ticket they belong to. */
    void keep(List<SlaClockStore.Stored> opened) {
        clocks.keep(opened);
    }

    void firstResponse(Ticket ticket, OffsetDateTime at) {
        apply(
                ticket,
                SlaMetric.FIRST_RESPONSE,
                at.toInstant(),
                clock -> clock.state() == SlaClockState.RUNNING ? clock.stop(at.toInstant()) : clock);
        refreshChanged(ticket);
    }

    void statusChanged(Ticket ticket, TicketStatus from, TicketStatus to, OffsetDateTime when) {
        Instant at = when.toInstant();
        if (to == TicketStatus.RESOLVED) {
            for (SlaMetric metric : SlaMetric.values()) {
                apply(ticket, metric, at, clock -> stop(clock, at));
            }
        } else if (TicketStatusMachine.isReopen(from, to)) {
            apply(ticket, SlaMetric.RESOLUTION, at, clock -> clock.reopen(at));
        } else {
            // One read of the ticket's clocks serves the change and the due-time refresh after it.
            List<SlaClockStore.Stored> all = clocks.ofTicketUnflushed(ticket.id);
            all.stream()
                    .filter(s -> s.clock().metric() == SlaMetric.RESOLUTION)
                    .findFirst()
                    .ifPresent(stored -> {
                        ResolvedSlaPolicy pinned = termsFor(ticket, stored);
                        SlaClock clock = caughtUp(ticket, stored, at);
                        SlaClock next = clock;
                        if (pinned.pausesIn(to) && clock.state() == SlaClockState.RUNNING) {
                            next = clock.pause(at, String.format(WAITING, to));
                        } else if (!pinned.pausesIn(to) && clock.state() == SlaClockState.PAUSED) {
                            next = clock.resume(at);
                        }
                        if (next != clock) {
                            save(ticket, stored, next);
                        }
                    });
            refresh(ticket, clocks.asSaved(all));
            return;
        }
        refreshChanged(ticket);
    }

    /** The policy a ticket's clocks moved from and to, by id and version. */
    record PolicyMove(UUID fromId, long fromVersion, UUID toId, long toVersion) {}

    /**
     * The priority or category changed: the clocks run under the policy that covers the ticket now, in its current
     * version, as if the ticket had been raised with it — from its creation, on that policy's calendar and targets
     * (a clock already met keeps its outcome). Where no policy covers the ticket now, the pinned policy's targets
     * for the new priority apply. Returns the move when the clocks changed policy or version.
     */
    Optional<PolicyMove> reselect(Ticket ticket, OffsetDateTime when) {
        Instant at = when.toInstant();
        Optional<ResolvedSlaPolicy> current = policies.resolve(ticket.servedTierId, ticket.priority, ticket.category);
        if (current.isEmpty()) {
            retarget(ticket, at);
            return Optional.empty();
        }
        ResolvedSlaPolicy policy = current.get();
        List<SlaClockStore.Stored> existing = clocks.ofTicket(ticket.id);
        if (existing.isEmpty()) {
            startLate(ticket, policy, at);
            refresh(ticket);
            return Optional.of(new PolicyMove(null, 0, policy.policyId(), policy.policyVersion()));
        }
        PolicyMove move = null;
        for (SlaClockStore.Stored stored : existing) {
            SlaClock clock = caughtUp(ticket, stored, at);
            if (stopped(clock)) {
                continue;
            }
            SlaClockRow row = stored.row();
            if (!row.policyId.equals(policy.policyId()) || row.policyVersion != policy.policyVersion()) {
                move = new PolicyMove(row.policyId, row.policyVersion, policy.policyId(), policy.policyVersion());
            }
            Instant from = latest(clock, at);
            SlaClock next = row.calendarId.equals(policy.calendarId())
                    ? clock.changeTarget(from, policy.target(clock.metric()))
                    : clocks.withHistory(row)
                            .rebase(from, policy.calendar(), policy.target(clock.metric()), policy.warningThresholds());
            clocks.move(row, policy);
            if (next != clock) {
                save(ticket, stored, next);
            }
            SlaClock settled = next;
            if (clock.metric().pausable()) {
                if (policy.pausesIn(ticket.status) && settled.state() == SlaClockState.RUNNING) {
                    save(ticket, stored, settled.pause(from, String.format(WAITING, ticket.status)));
                } else if (!policy.pausesIn(ticket.status) && settled.state() == SlaClockState.PAUSED) {
                    save(ticket, stored, settled.resume(from));
                }
            }
        }
        refreshChanged(ticket);
        return Optional.ofNullable(move);
    }

    /** The move as people read it: "name (vN) → name (vN)". */
    String describe(PolicyMove move) {
        String to = policies.get(move.toId()).name + " (v" + move.toVersion() + ")";
        return move.fromId() == null
                ? "no SLA policy → " + to
                : policies.get(move.fromId()).name + " (v" + move.fromVersion() + ") → " + to;
    }

    /** Targets recomputed from each clock's start with the goal the pinned policy sets for the new priority. */
    private void retarget(Ticket ticket, Instant at) {
        for (SlaClockStore.Stored stored : clocks.ofTicket(ticket.id)) {
            ResolvedSlaPolicy pinned = termsFor(ticket, stored);
            SlaClock clock = caughtUp(ticket, stored, at);
            if (!clock.target().equals(pinned.target(clock.metric())) && !stopped(clock)) {
                save(ticket, stored, clock.changeTarget(latest(clock, at), pinned.target(clock.metric())));
            }
        }
        refreshChanged(ticket);
    }

    private static boolean stopped(SlaClock clock) {
        return clock.state() == SlaClockState.MET || clock.state() == SlaClockState.MET_LATE;
    }

    /**
     * The ticket's solution moved to another tier: the clocks follow the policy for the new tier, their targets
     * recomputed from their start; a ticket that ran no clocks starts them from its creation. With no policy for
     * the new tier the clocks stay as they were.
     */
    void tierChanged(Ticket ticket, String tierId, OffsetDateTime when) {
        policies.resolve(tierId, ticket.priority, ticket.category).ifPresent(policy -> {
            List<SlaClockStore.Stored> existing = clocks.ofTicket(ticket.id);
            if (existing.isEmpty()) {
                startLate(ticket, policy, when.toInstant());
            }
            for (SlaClockStore.Stored stored : existing) {
                SlaClock clock = caughtUp(ticket, stored, when.toInstant());
                clocks.repin(stored.row(), policy);
                boolean running = clock.state() != SlaClockState.MET && clock.state() != SlaClockState.MET_LATE;
                Instant at = latest(clock, when.toInstant());
                save(
                        ticket,
                        stored,
                        running && !clock.target().equals(policy.target(clock.metric()))
                                ? clock.changeTarget(at, policy.target(clock.metric()))
                                : clock);
            }
        });
        refresh(ticket);
    }

    /** Clocks for a ticket that had none, as if they had run from its creation. */
    private void startLate(Ticket ticket, ResolvedSlaPolicy policy, Instant now) {
        Instant created = ticket.createdAt.toInstant();
        clocks.start(ticket.id, SlaMetric.FIRST_RESPONSE, policy, created);
        clocks.start(ticket.id, SlaMetric.RESOLUTION, policy, created);
        if (ticket.firstRespondedAt != null) {
            apply(
                    ticket,
                    SlaMetric.FIRST_RESPONSE,
                    ticket.firstRespondedAt.toInstant(),
                    clock -> clock.stop(ticket.firstRespondedAt.toInstant()));
        }
        if (policy.pausesIn(ticket.status)) {
            apply(ticket, SlaMetric.RESOLUTION, now, clock -> clock.pause(now, String.format(WAITING, ticket.status)));
        }
    }

    private static Instant latest(SlaClock clock, Instant when) {
        Instant last = clock.snapshot().lastChangedAt();
        return when.isBefore(last) ? last : when;
    }

    /** Clocks changed by an admin action (a policy re-applied): the tickets' due times follow. */
    void clocksRetargeted(@Observes ClocksRetargeted event, TicketRepository tickets) {
        event.ticketIds().forEach(id -> refresh(tickets.findById(id)));
    }

    /** The ticket's clocks as they stand now, each with the history that explains its due time. */
    TicketSlaReportDto explain(Ticket ticket, Instant now) {
        TicketSlaReportDto report = new TicketSlaReportDto()
                .ticketId(ticket.id)
                .at(Timestamps.utc(now.atOffset(ZoneOffset.UTC)))
                .clocks(new ArrayList<>());
        for (SlaClockStore.Stored stored : clocks.ofTicket(ticket.id)) {
            report.policyId(stored.row().policyId).policyVersion(stored.row().policyVersion);
            SlaClock clock = clocks.withHistory(stored.row());
            Instant at = now.isBefore(clock.snapshot().lastChangedAt())
                    ? clock.snapshot().lastChangedAt()
                    : now;
            report.getClocks().add(SlaClockReports.of(clock, at));
        }
        return report;
    }

    /**
     * The terms the pinned policy version sets for the ticket's current priority; when that version does not
     * cover the priority, the policy that applies to it now.
     */
    private ResolvedSlaPolicy termsFor(Ticket ticket, SlaClockStore.Stored stored) {
        try {
            return policies.version(
                    stored.row().policyId,
                    stored.row().policyVersion,
                    ticket.priority,
                    stored.row().calendarId,
                    stored.clock().calendar());
        } catch (RuleViolation notCovered) {
            return policies.resolve(ticket.servedTierId, ticket.priority, ticket.category)
                    .orElseThrow(() -> notCovered);
        }
    }

    /** The ticket's next due time is the soonest among its running clocks; a breach, once seen, stays. */
    void refresh(Ticket ticket) {
        refresh(ticket, clocks.ofTicket(ticket.id));
    }

    /**
     * As {@link #refresh(Ticket)}, after clocks of the ticket were changed (not created) in this transaction: their
     * rows are read without flushing first, so the ticket's row is written once, at the end, with its due time.
     */
    private void refreshChanged(Ticket ticket) {
        refresh(ticket, clocks.ofTicketUnflushed(ticket.id));
    }

    private static void refresh(Ticket ticket, List<SlaClockStore.Stored> stored) {
        ticket.dueAt = stored.stream()
                .filter(s -> s.clock().state() == SlaClockState.RUNNING)
                .map(s -> s.row().dueAt)
                .filter(Objects::nonNull)
                .min(Comparator.naturalOrder())
                .orElse(null);
        ticket.breached = ticket.breached || stored.stream().anyMatch(s -> s.row().everBreached);
        // The resolution clock (listed last) names the policy in force: a met first response keeps its own.
        stored.stream().reduce((first, second) -> second).ifPresent(last -> {
            ticket.slaPolicyId = last.row().policyId;
            ticket.slaPolicyVersion = last.row().policyVersion;
        });
    }

    private void apply(Ticket ticket, SlaMetric metric, Instant at, UnaryOperator<SlaClock> operation) {
        clocks.load(ticket.id, metric).ifPresent(stored -> {
            SlaClock clock = caughtUp(ticket, stored, at);
            SlaClock next = operation.apply(clock);
            if (next != clock) {
                save(ticket, stored, next);
            }
        });
    }

    /**
     * Fires what the clock reached before {@code at} and the last scan did not see yet, each at its own instant,
     * before an operation at {@code at} changes the clock: a pause or a new target would otherwise move or drop a
     * warning already crossed.
     */
    private SlaClock caughtUp(Ticket ticket, SlaClockStore.Stored stored, Instant at) {
        SlaClock clock = stored.clock();
        if (clock.state() != SlaClockState.RUNNING) {
            return clock;
        }
        SlaClock checked = clock.check(latest(clock, at), stored.row().warningThresholds);
        if (checked.newTransitions().isEmpty()) {
            return clock;
        }
        save(ticket, stored, checked);
        return checked;
    }

    private void save(Ticket ticket, SlaClockStore.Stored stored, SlaClock next) {
        clocks.save(stored.row(), next);
        events.publish(ticket, next);
    }

    private static SlaClock stop(SlaClock clock, Instant at) {
        SlaClock running = clock.state() == SlaClockState.PAUSED ? clock.resume(at) : clock;
        return running.state() == SlaClockState.RUNNING ? running.stop(at) : running;
    }
}
