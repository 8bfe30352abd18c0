package io.tierdesk.sla;

import io.tierdesk.api.model.SlaReapplyResultDto;
import io.tierdesk.common.DomainException;
import io.tierdesk.journal.Journal;
import io.tierdesk.sla.clock.SlaClock;
import io.tierdesk.sla.clock.SlaClockState;
import io.tierdesk.sla.policy.ResolvedSlaPolicy;
import io.tierdesk.sla.policy.SlaPolicy;
import io.tierdesk.sla.policy.SlaPolicyService;
import io.tierdesk.sla.store.SlaClockRow;
import io.tierdesk.sla.store.SlaClockStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Moves open tickets pinned to an earlier version of a policy onto its current version: an explicit admin act. */
@ApplicationScoped
class SlaReapply {

    private final SlaPolicyService policies;
    private final SlaClockStore clocks;
    private final OpenTicketClocks openClocks;
    private final Event<ClocksRetargeted> retargeted;
    private final Journal journal;
    private final Clock clock;

    SlaReapply(
            SlaPolicyService policies,
            SlaClockStore clocks,
            OpenTicketClocks openClocks,
            Event<ClocksRetargeted> retargeted,
            Journal journal,
            Clock clock) {
        this.policies = policies;
        this.clocks = clocks;
        this.openClocks = openClocks;
        this.retargeted = retargeted;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    SlaReapplyResultDto reapply(UUID policyId) {
        SlaPolicy policy = policies.get(policyId);
        Instant now = clock.instant();
        Set<UUID> tickets = new LinkedHashSet<>();
        for (OpenTicketClocks.Pinned pinned : openClocks.pinnedBefore(policyId, policy.version)) {
            UUID ticketId = pinned.ticketId();
            ResolvedSlaPolicy current;
            try {
                current = policies.version(policyId, policy.version, pinned.priority());
            } catch (DomainException notCovered) {
                continue; // the current version no longer covers this priority; the ticket keeps its terms
            }
            clocks.load(ticketId, pinned.metric()).ifPresent(stored -> {
                SlaClockRow row = stored.row();
                SlaClock running = stored.clock();
                clocks.repin(row, current);
                boolean stopped = running.state() == SlaClockState.MET || running.state() == SlaClockState.MET_LATE;
                Instant last = running.snapshot().lastChangedAt();
                Instant at = now.isBefore(last) ? last : now;
                boolean newGoal = !stopped && !running.target().equals(current.target(running.metric()));
                clocks.save(row, newGoal ? running.changeTarget(at, current.target(running.metric())) : running);
                tickets.add(ticketId);
            });
        }
        retargeted.fire(new ClocksRetargeted(List.copyOf(tickets)));
        journal.record(
                "sla_policy.reapplied",
                Journal.Subject.of("sla_policy", policyId),
                null,
                Map.of("policy_version", policy.version, "tickets_updated", tickets.size()));
        return new SlaReapplyResultDto().policyVersion(policy.version).ticketsUpdated(tickets.size());
    }
}
