package io.tierdesk.ticket;

import io.tierdesk.api.model.CommentVisibilityDto;
import io.tierdesk.api.model.ExternalRefDto;
import io.tierdesk.api.model.SupportLevelDto;
import io.tierdesk.api.model.TicketCategoryDto;
import io.tierdesk.api.model.TicketCommentDto;
import io.tierdesk.api.model.TicketDto;
import io.tierdesk.api.model.TicketHistoryEntryDto;
import io.tierdesk.api.model.TicketHistoryKindDto;
import io.tierdesk.api.model.TicketPriorityDto;
import io.tierdesk.api.model.TicketServedUnderDto;
import io.tierdesk.api.model.TicketStatusDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Timestamps;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Tickets on the wire. */
public final class TicketMapper {

    private TicketMapper() {}

    public static TicketDto toApi(Ticket ticket) {
        return new TicketDto()
                .id(ticket.id)
                .requester(ticket.requester)
                .solutionId(ticket.solutionId)
                .category(Enums.same(ticket.category, TicketCategoryDto.class))
                .priority(Enums.same(ticket.priority, TicketPriorityDto.class))
                .title(ticket.title)
                .description(ticket.description)
                .status(Enums.same(ticket.status, TicketStatusDto.class))
                .supportLevel(Enums.same(ticket.supportLevel, SupportLevelDto.class))
                .teamId(ticket.teamId)
                .assignee(ticket.assignee)
                .tierId(ticket.tierId)
                .servedUnder(new TicketServedUnderDto()
                        .tierId(ticket.servedTierId)
                        .supportLevel(Enums.same(ticket.servedSupportLevel, SupportLevelDto.class))
                        .slaPolicyId(ticket.slaPolicyId)
                        .slaPolicyVersion(ticket.slaPolicyVersion))
                .routingReason(ticket.routingReason)
                .routingTableVersion(ticket.routingTableVersion)
                .routingRule(ticket.routingRulePosition)
                .vendorCaseRef(ticket.vendorCaseRef)
                .vendorAdvisoryId(ticket.vendorAdvisoryId)
                .externalRefs(
                        ticket.externalRefs.stream().map(TicketMapper::toApi).toList())
                .kbCandidate(ticket.kbCandidate)
                .kbSummary(ticket.kbSummary)
                .reopenCount(ticket.reopenCount)
                .dueAt(Timestamps.utc(ticket.dueAt))
                .breached(ticket.breached)
                .pagedSubject(ticket.pagedSubject)
                .pagedAt(Timestamps.utc(ticket.pagedAt))
                .createdAt(Timestamps.utc(ticket.createdAt))
                .firstRespondedAt(Timestamps.utc(ticket.firstRespondedAt))
                .resolvedAt(Timestamps.utc(ticket.resolvedAt))
                .closedAt(Timestamps.utc(ticket.closedAt))
                .version(ticket.version)
                .updatedAt(Timestamps.utc(ticket.updatedAt));
    }

    static ExternalRefDto toApi(Ticket.ExternalRef ref) {
        return new ExternalRefDto()
                .system(ref.system())
                .externalId(ref.externalId())
                .url(ref.url())
                .lastSyncedAt(Timestamps.utc(ref.lastSyncedAt()));
    }

    static List<Ticket.ExternalRef> toEntities(List<ExternalRefDto> refs) {
        if (refs == null) {
            return List.of();
        }
        Map<String, Ticket.ExternalRef> unique = new LinkedHashMap<>();
        for (ExternalRefDto ref : refs) {
            unique.put(
                    ref.getSystem() + "\u0000" + ref.getExternalId(),
                    new Ticket.ExternalRef(ref.getSystem(), ref.getExternalId(), ref.getUrl(), null));
        }
        return List.copyOf(unique.values());
    }

    static TicketCommentDto toApi(TicketComment comment) {
        return new TicketCommentDto()
                .id(comment.id)
                .author(comment.author)
                .visibility(Enums.same(comment.visibility, CommentVisibilityDto.class))
                .body(comment.body)
                .firstResponse(comment.firstResponse)
                .createdAt(Timestamps.utc(comment.createdAt));
    }

    static TicketHistoryEntryDto toApi(TicketHistory entry) {
        return new TicketHistoryEntryDto()
                .id(entry.id)
                .at(Timestamps.utc(entry.at))
                .actor(entry.actor)
                .kind(Enums.same(entry.kind, TicketHistoryKindDto.class))
                .fromLevel(Enums.same(entry.fromLevel, SupportLevelDto.class))
                .toLevel(Enums.same(entry.toLevel, SupportLevelDto.class))
                .fromTeamId(entry.fromTeamId)
                .toTeamId(entry.toTeamId)
                .fromStatus(Enums.same(entry.fromStatus, TicketStatusDto.class))
                .toStatus(Enums.same(entry.toStatus, TicketStatusDto.class))
                .detail(entry.detail)
                .escalationGraphVersion(entry.escalationGraphVersion)
                .teamChoice(entry.teamChoice)
                .reason(entry.reason);
    }
}
