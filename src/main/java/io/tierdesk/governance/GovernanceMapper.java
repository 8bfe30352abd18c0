package io.tierdesk.governance;

import io.tierdesk.api.model.ChecklistItemCodeDto;
import io.tierdesk.api.model.ChecklistItemDto;
import io.tierdesk.api.model.GraduationRequestDto;
import io.tierdesk.api.model.GraduationRequestStatusDto;
import io.tierdesk.api.model.HandoffDto;
import io.tierdesk.api.model.HandoffStatusDto;
import io.tierdesk.api.model.SupportLevelDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;

final class GovernanceMapper {

    private GovernanceMapper() {}

    static GraduationRequestDto toApi(GraduationRequest request) {
        return new GraduationRequestDto()
                .id(request.id)
                .solutionId(request.solutionId)
                .fromTierId(request.fromTierId)
                .toTierId(request.toTierId)
                .justification(request.justification)
                .requestedBy(request.requestedBy)
                .status(Enums.same(request.status, GraduationRequestStatusDto.class))
                .decisionReason(request.decisionReason)
                .decidedBy(request.decidedBy)
                .decidedAt(Timestamps.utc(request.decidedAt))
                .handoffId(request.handoffId)
                .version(request.version)
                .createdAt(Timestamps.utc(request.createdAt))
                .updatedAt(Timestamps.utc(request.updatedAt));
    }

    static HandoffDto toApi(Handoff handoff) {
        return new HandoffDto()
                .id(handoff.id)
                .solutionId(handoff.solutionId)
                .graduationRequestId(handoff.graduationRequestId)
                .targetTierId(handoff.targetTierId)
                .toTeamId(handoff.toTeamId)
                .toLevel(Enums.same(handoff.toLevel, SupportLevelDto.class))
                .reason(handoff.reason)
                .proposedBy(handoff.proposedBy)
                .status(Enums.same(handoff.status, HandoffStatusDto.class))
                .checklist(
                        handoff.checklist.stream().map(GovernanceMapper::toApi).toList())
                .reroutedTickets(handoff.reroutedTickets)
                .completedAt(Timestamps.utc(handoff.completedAt))
                .version(handoff.version)
                .createdAt(Timestamps.utc(handoff.createdAt))
                .updatedAt(Timestamps.utc(handoff.updatedAt));
    }

    private static ChecklistItemDto toApi(Handoff.Item item) {
        return new ChecklistItemDto()
                .code(Enums.same(item.code, ChecklistItemCodeDto.class))
                .required(item.required)
                .done(item.done)
                .evidence(item.evidence)
                .tickedBy(item.tickedBy)
                .tickedAt(Timestamps.utc(item.tickedAt));
    }

    /** A handoff in the journal: its events are filed under the target tier and the receiving team. */
    static Journal.Subject subject(Handoff handoff) {
        return new Journal.Subject("handoff", handoff.id, handoff.targetTierId, handoff.toTeamId);
    }

    /** A graduation request in the journal: its events are filed under the tier it asks for. */
    static Journal.Subject subject(GraduationRequest request) {
        return new Journal.Subject("graduation_request", request.id, request.toTierId, null);
    }
}
