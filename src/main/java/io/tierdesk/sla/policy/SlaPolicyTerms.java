package io.tierdesk.sla.policy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tierdesk.ticketterms.TicketCategory;
import io.tierdesk.ticketterms.TicketPriority;
import io.tierdesk.ticketterms.TicketStatus;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything a version of an SLA policy says. Stored as the policy's columns and, per version, as the JSON
 * snapshot in {@code sla_policy_versions}, so a ticket pinned to a version keeps its targets after later edits.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SlaPolicyTerms(
        String name,
        @JsonProperty("tier_ids") List<String> tierIds,
        List<TicketPriority> priorities,
        @JsonProperty("calendar_id") UUID calendarId,
        List<Target> targets,
        @JsonProperty("pause_statuses") List<TicketStatus> pauseStatuses,
        @JsonProperty("warning_thresholds") List<Integer> warningThresholds,
        @JsonProperty("escalate_on_breach") boolean escalateOnBreach,
        int rank,
        boolean enabled,
        List<TicketCategory> categories) {

    public SlaPolicyTerms {
        categories = categories == null ? List.of() : List.copyOf(categories);
        tierIds = List.copyOf(tierIds);
        priorities = List.copyOf(priorities);
        targets = List.copyOf(targets);
        pauseStatuses = List.copyOf(pauseStatuses);
        warningThresholds = List.copyOf(warningThresholds);
    }

    /** Terms of a policy that targets tiers only, not a fast lane for some categories. */
    public SlaPolicyTerms(
            String name,
            List<String> tierIds,
            List<TicketPriority> priorities,
            UUID calendarId,
            List<Target> targets,
            List<TicketStatus> pauseStatuses,
            List<Integer> warningThresholds,
            boolean escalateOnBreach,
            int rank,
            boolean enabled) {
        this(
                name,
                tierIds,
                priorities,
                calendarId,
                targets,
                pauseStatuses,
                warningThresholds,
                escalateOnBreach,
                rank,
                enabled,
                List.of());
    }

    /** A fast lane: the policy targets ticket categories and outranks tier-only policies for them. */
    public boolean fastLane() {
        return !categories.isEmpty();
    }

    /**
     * The same terms in canonical order: tiers without repeats, priorities, targets and pause statuses in enum
     * order, thresholds ascending. Two requests that mean the same thing give equal terms (and no new version).
     */
    SlaPolicyTerms normalized() {
        return new SlaPolicyTerms(
                name,
                tierIds.stream().distinct().toList(),
                priorities.stream().distinct().sorted().toList(),
                calendarId,
                targets.stream().sorted(Comparator.comparing(Target::priority)).toList(),
                pauseStatuses.stream().distinct().sorted().toList(),
                warningThresholds.stream().distinct().sorted().toList(),
                escalateOnBreach,
                rank,
                enabled,
                categories.stream().distinct().sorted().toList());
    }

    /** The target for this priority, if the policy covers it. */
    public Optional<Target> target(TicketPriority priority) {
        if (!priorities.contains(priority)) {
            return Optional.empty();
        }
        return targets.stream().filter(target -> target.priority() == priority).findFirst();
    }

    /** The first-response and resolution targets of one priority, in business minutes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Target(
            TicketPriority priority,
            @JsonProperty("first_response_minutes") int firstResponseMinutes,
            @JsonProperty("resolution_minutes") int resolutionMinutes) {

        public Duration firstResponse() {
            return Duration.ofMinutes(firstResponseMinutes);
        }

        public Duration resolution() {
            return Duration.ofMinutes(resolutionMinutes);
        }
    }
}
