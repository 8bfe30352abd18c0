package io.tierdesk.sla.policy;

import io.tierdesk.api.model.SlaPolicyCreateDto;
import io.tierdesk.api.model.SlaPolicyUpdateDto;
import io.tierdesk.calendar.BusinessCalendar;
import io.tierdesk.calendar.CalendarService;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.DomainException;
import io.tierdesk.common.ETags;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.journal.Journal;
import io.tierdesk.ticketterms.TicketCategory;
import io.tierdesk.ticketterms.TicketPriority;
import io.tierdesk.tier.TierService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * SLA policies: their rules and versions, and which policy applies to a ticket. Every change is a new version whose
 * terms are kept, so tickets keep the targets they started under.
 */
@ApplicationScoped
public class SlaPolicyService {

    private final SlaPolicyRepository policies;
    private final SlaPolicyVersionRepository versions;
    private final PublishedPolicyVersions published;
    private final CalendarService calendars;
    private final TierService tiers;
    private final Journal journal;

    SlaPolicyService(
            SlaPolicyRepository policies,
            SlaPolicyVersionRepository versions,
            PublishedPolicyVersions published,
            CalendarService calendars,
            TierService tiers,
            Journal journal) {
        this.policies = policies;
        this.versions = versions;
        this.published = published;
        this.calendars = calendars;
        this.tiers = tiers;
        this.journal = journal;
    }

    /** The policy, or a 404 problem. */
    public SlaPolicy get(UUID id) {
        SlaPolicy policy = policies.findById(id);
        if (policy == null) {
            throw new NotFound("SLA policy", id);
        }
        return policy;
    }

    /**
     * The policy a new ticket of this tier and priority starts under: the enabled policy with the highest rank that
     * targets both, in its current version; empty when no policy applies (the ticket runs without SLA clocks).
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public Optional<ResolvedSlaPolicy> resolve(String tierId, TicketPriority priority) {
        return resolve(tierId, priority, null);
    }

    /**
     * As {@link #resolve(String, TicketPriority)}, where a fast-lane policy for the ticket's category outranks
     * the tier-only policies.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public Optional<ResolvedSlaPolicy> resolve(String tierId, TicketPriority priority, TicketCategory category) {
        return policies.bestInForce(tierId, priority, category).map(inForce -> {
            SlaPolicyTerms terms = storedTerms(inForce.policyId(), inForce.version())
                    .orElseGet(() -> get(inForce.policyId()).terms());
            return resolved(
                    inForce.policyId(),
                    inForce.version(),
                    terms,
                    priority,
                    calendars.businessCalendar(inForce.calendarId(), inForce.calendarVersion()));
        });
    }

    /**
     * The terms of a stored policy version for a priority, for a ticket pinned to that version (also after its
     * priority changed). A 404 problem for an unknown version; a 422 problem
     * ({@code /problems/priority-not-covered}) when that version has no target for the priority, in which case
     * the ticket needs {@link #resolve} instead. Reads only: a caller may catch that problem and carry on in its
     * own transaction, which is therefore not marked for rollback.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public ResolvedSlaPolicy version(UUID policyId, long version, TicketPriority priority) {
        return version(policyId, version, priority, null, null);
    }

    /**
     * As {@link #version(UUID, long, TicketPriority)}, for a caller that holds a calendar already (a clock's): it
     * stands for the version's calendar when that has the same id, instead of being read again.
     */
    @Transactional(dontRollbackOn = DomainException.class)
    public ResolvedSlaPolicy version(
            UUID policyId, long version, TicketPriority priority, UUID heldCalendarId, BusinessCalendar heldCalendar) {
        SlaPolicyTerms terms = storedTerms(policyId, version)
                .orElseThrow(() -> new NotFound("version " + version + " of SLA policy", policyId));
        BusinessCalendar calendar = terms.calendarId().equals(heldCalendarId) ? heldCalendar : null;
        return resolved(policyId, version, terms, priority, calendar);
    }

    /** The terms of a stored version; versions are never changed, so they are read once per replica. */
    public Optional<SlaPolicyTerms> storedTerms(UUID policyId, long version) {
        SlaPolicyVersion.Key key = new SlaPolicyVersion.Key(policyId, version);
        return published.get(key, () -> versions.findByIdOptional(key).map(stored -> stored.snapshot));
    }

    @Transactional
    public SlaPolicy create(SlaPolicyCreateDto request) {
        SlaPolicyTerms terms = accepted(SlaPolicyMapper.terms(request), null);
        SlaPolicy policy = new SlaPolicy();
        policy.id = UUID.randomUUID();
        policy.apply(terms);
        policy.version = 1;
        policies.persist(policy);
        policies.flush();
        versions.persist(SlaPolicyVersion.of(policy));
        journal.created(
                "sla_policy.created", Journal.Subject.of("sla_policy", policy.id), policy, SlaPolicyMapper::toApi);
        return policy;
    }

    @Transactional
    public SlaPolicy update(UUID id, SlaPolicyUpdateDto change, String ifMatch) {
        SlaPolicy policy = get(id);
        ETags.checkIfMatch(ifMatch, policy.version);
        SlaPolicyTerms current = policy.terms();
        SlaPolicyTerms next = accepted(SlaPolicyMapper.merge(current, change), id);
        if (next.equals(current)) {
            return policy;
        }
        var before = SlaPolicyMapper.toApi(policy);
        policy.apply(next);
        journal.changed(
                "sla_policy.updated",
                Journal.Subject.of("sla_policy", policy.id),
                policy,
                before,
                SlaPolicyMapper::toApi);
        versions.persist(SlaPolicyVersion.of(policy));
        return policy;
    }

    /** The requested terms in canonical form once every rule holds; otherwise a 409 or 422 problem. */
    private SlaPolicyTerms accepted(SlaPolicyTerms requested, UUID policyId) {
        SlaPolicyRules.check(requested);
        requested.tierIds().forEach(tierId -> tiers.require(tierId, "tier_ids"));
        calendars.require(requested.calendarId(), "calendar_id");
        SlaPolicyTerms terms = requested.normalized();
        if (terms.enabled()) {
            policies.lockRanks();
            for (SlaPolicy other :
                    policies.enabledWithRank(terms.rank(), policyId == null ? new UUID(0, 0) : policyId)) {
                SlaPolicyRules.overlap(terms, other.terms()).ifPresent(overlap -> {
                    throw new Conflict(
                            "sla-policy-conflict",
                            "The enabled policy '" + other.name
                                    + "' has the same rank " + terms.rank() + " and also targets " + overlap
                                    + "; give one of them another rank.");
                });
            }
        }
        return terms;
    }

    /** {@code calendar}: the policy's calendar when the caller has it, else null to read it. */
    private ResolvedSlaPolicy resolved(
            UUID policyId, long version, SlaPolicyTerms terms, TicketPriority priority, BusinessCalendar calendar) {
        SlaPolicyTerms.Target target = terms.target(priority)
                .orElseThrow(() -> new RuleViolation(
                        "priority-not-covered",
                        "Priority not covered",
                        "Version " + version + " of SLA policy " + policyId + " has no target for " + priority + "."));
        return new ResolvedSlaPolicy(
                policyId,
                version,
                calendar != null ? calendar : calendars.businessCalendar(terms.calendarId()),
                terms.calendarId(),
                target.firstResponse(),
                target.resolution(),
                Set.copyOf(terms.pauseStatuses()),
                terms.warningThresholds(),
                terms.escalateOnBreach());
    }

    /** Policies matching {@code filter} in rank order, after (rank, id) of the previous page. */
    public List<SlaPolicy> page(SlaPolicyRepository.Filter filter, Integer afterRank, UUID afterId, int fetch) {
        return policies.page(filter, afterRank, afterId, fetch);
    }
}
