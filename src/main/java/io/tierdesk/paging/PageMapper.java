package io.tierdesk.paging;

import io.tierdesk.api.model.ExternalRefDto;
import io.tierdesk.api.model.PageDto;
import io.tierdesk.api.model.PageEventDataDto;
import io.tierdesk.api.model.PageEventKindDto;
import io.tierdesk.api.model.PagePolicyRuleDto;
import io.tierdesk.api.model.PageStatusDto;
import io.tierdesk.api.model.PageTimelineEntryDto;
import io.tierdesk.api.model.PageTriggerDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Timestamps;
import io.tierdesk.ticket.TicketPaging;
import java.util.List;

/** Pages and their steps to their API forms. */
final class PageMapper {

    private PageMapper() {}

    static PageDto toApi(Page page, List<ExternalRefDto> externalRefs, List<PageEvent> timeline) {
        return new PageDto()
                .id(page.id)
                .ticketId(page.ticketId)
                .externalRefs(externalRefs)
                .teamId(page.teamId)
                .tierId(page.tierId)
                .escalationPolicyId(page.escalationPolicyId)
                .policyRule(Enums.same(page.policyRule, PagePolicyRuleDto.class))
                .trigger(Enums.same(page.trigger, PageTriggerDto.class))
                .reason(page.reason)
                .raisedBy(page.raisedBy)
                .status(Enums.same(page.status, PageStatusDto.class))
                .level(page.level)
                .cycle(page.cycle)
                .unanswered(page.unansweredAt != null)
                .unansweredAt(Timestamps.utc(page.unansweredAt))
                .nextNotificationAt(Timestamps.utc(page.nextNotificationAt))
                .acknowledgedBy(page.acknowledgedBy)
                .acknowledgedAt(Timestamps.utc(page.acknowledgedAt))
                .resolvedBy(page.resolvedBy)
                .resolvedAt(Timestamps.utc(page.resolvedAt))
                .version(page.version)
                .createdAt(Timestamps.utc(page.createdAt))
                .updatedAt(Timestamps.utc(page.updatedAt))
                .timeline(timeline.stream().map(PageMapper::toApi).toList());
    }

    static PageTimelineEntryDto toApi(PageEvent event) {
        return new PageTimelineEntryDto()
                .kind(Enums.same(event.kind, PageEventKindDto.class))
                .level(event.level)
                .cycle(event.cycle)
                .subject(event.subject)
                .actor(event.actor)
                .note(event.note)
                .at(Timestamps.utc(event.at));
    }

    static PageEventDataDto eventData(Page page, TicketPaging.Facts ticket, PageEvent event) {
        return new PageEventDataDto()
                .pageId(page.id)
                .ticketId(page.ticketId)
                .ticketTitle(ticket.title())
                .externalRefs(ticket.externalRefs())
                .teamId(page.teamId)
                .tierId(page.tierId)
                .escalationPolicyId(page.escalationPolicyId)
                .kind(Enums.same(event.kind, PageEventKindDto.class))
                .status(Enums.same(page.status, PageStatusDto.class))
                .level(event.level)
                .cycle(event.cycle)
                .subject(event.subject)
                .actor(event.actor)
                .reason(page.reason)
                .at(Timestamps.utc(event.at));
    }
}
