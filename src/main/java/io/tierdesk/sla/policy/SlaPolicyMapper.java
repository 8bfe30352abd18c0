package io.tierdesk.sla.policy;

import io.tierdesk.api.model.SlaPolicyCreateDto;
import io.tierdesk.api.model.SlaPolicyDto;
import io.tierdesk.api.model.SlaPolicyUpdateDto;
import io.tierdesk.api.model.SlaTargetDto;
import io.tierdesk.api.model.TicketCategoryDto;
import io.tierdesk.api.model.TicketPriorityDto;
import io.tierdesk.api.model.TicketStatusDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Timestamps;
import io.tierdesk.ticketterms.TicketCategory;
import io.tierdesk.ticketterms.TicketPriority;
import io.tierdesk.ticketterms.TicketStatus;
import java.util.List;
import java.util.Objects;

public final class SlaPolicyMapper {

    static final List<TicketStatus> DEFAULT_PAUSE_STATUSES =
            List.of(TicketStatus.WAITING_ON_REQUESTER, TicketStatus.WAITING_ON_VENDOR);
    static final List<Integer> DEFAULT_WARNING_THRESHOLDS = List.of(75, 90);

    private SlaPolicyMapper() {}

    public static SlaPolicyDto toApi(SlaPolicy policy) {
        SlaPolicyTerms terms = policy.terms();
        return new SlaPolicyDto()
                .id(policy.id)
                .name(terms.name())
                .tierIds(terms.tierIds())
                .categories(Enums.same(terms.categories(), TicketCategoryDto.class))
                .priorities(Enums.same(terms.priorities(), TicketPriorityDto.class))
                .calendarId(terms.calendarId())
                .targets(terms.targets().stream().map(SlaPolicyMapper::toApi).toList())
                .pauseStatuses(Enums.same(terms.pauseStatuses(), TicketStatusDto.class))
                .warningThresholds(terms.warningThresholds())
                .escalateOnBreach(terms.escalateOnBreach())
                .rank(terms.rank())
                .enabled(terms.enabled())
                .version(policy.version)
                .createdAt(Timestamps.utc(policy.createdAt))
                .updatedAt(Timestamps.utc(policy.updatedAt));
    }

    /** The terms a creation request asks for, with the documented defaults filled in. */
    static SlaPolicyTerms terms(SlaPolicyCreateDto request) {
        return new SlaPolicyTerms(
                request.getName(),
                request.getTierIds(),
                Enums.same(request.getPriorities(), TicketPriority.class),
                request.getCalendarId(),
                targets(request.getTargets()),
                Objects.requireNonNullElse(
                        Enums.same(request.getPauseStatuses(), TicketStatus.class), DEFAULT_PAUSE_STATUSES),
                Objects.requireNonNullElse(request.getWarningThresholds(), DEFAULT_WARNING_THRESHOLDS),
                Boolean.TRUE.equals(request.getEscalateOnBreach()),
                request.getRank(),
                !Boolean.FALSE.equals(request.getEnabled()),
                Enums.same(request.getCategories(), TicketCategory.class));
    }

    /** The current terms with the fields the change sets; lists given replace the stored ones. */
    static SlaPolicyTerms merge(SlaPolicyTerms current, SlaPolicyUpdateDto change) {
        return new SlaPolicyTerms(
                Objects.requireNonNullElse(change.getName(), current.name()),
                Objects.requireNonNullElse(change.getTierIds(), current.tierIds()),
                Objects.requireNonNullElse(
                        Enums.same(change.getPriorities(), TicketPriority.class), current.priorities()),
                Objects.requireNonNullElse(change.getCalendarId(), current.calendarId()),
                change.getTargets() == null ? current.targets() : targets(change.getTargets()),
                Objects.requireNonNullElse(
                        Enums.same(change.getPauseStatuses(), TicketStatus.class), current.pauseStatuses()),
                Objects.requireNonNullElse(change.getWarningThresholds(), current.warningThresholds()),
                Objects.requireNonNullElse(change.getEscalateOnBreach(), current.escalateOnBreach()),
                Objects.requireNonNullElse(change.getRank(), current.rank()),
                Objects.requireNonNullElse(change.getEnabled(), current.enabled()),
                Objects.requireNonNullElse(
                        Enums.same(change.getCategories(), TicketCategory.class), current.categories()));
    }

    private static List<SlaPolicyTerms.Target> targets(List<SlaTargetDto> targets) {
        return targets.stream()
                .map(t -> new SlaPolicyTerms.Target(
                        Enums.same(t.getPriority(), TicketPriority.class),
                        t.getFirstResponseMinutes(),
                        t.getResolutionMinutes()))
                .toList();
    }

    private static SlaTargetDto toApi(SlaPolicyTerms.Target target) {
        return new SlaTargetDto()
                .priority(Enums.same(target.priority(), TicketPriorityDto.class))
                .firstResponseMinutes(target.firstResponseMinutes())
                .resolutionMinutes(target.resolutionMinutes());
    }
}
