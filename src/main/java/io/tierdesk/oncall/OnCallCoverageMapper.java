package io.tierdesk.oncall;

import io.tierdesk.api.model.CoverageAssignmentDto;
import io.tierdesk.api.model.CoverageGapDto;
import io.tierdesk.api.model.CoverageOverlapDto;
import io.tierdesk.api.model.OnCallCoverageDto;
import io.tierdesk.oncall.rotation.OnCallMapper;
import io.tierdesk.oncall.schedule.Coverage;
import java.util.UUID;

/** A coverage report in its API form. */
final class OnCallCoverageMapper {

    private OnCallCoverageMapper() {}

    static OnCallCoverageDto toApi(OnCallCoverageService.Report report) {
        Coverage coverage = report.coverage();
        return new OnCallCoverageDto()
                .teamId(report.teamId())
                .since(OnCallMapper.utc(coverage.since()))
                .until(OnCallMapper.utc(coverage.until()))
                .rotationIds(report.rotationIds())
                .gaps(coverage.gaps().stream()
                        .map(gap -> new CoverageGapDto()
                                .start(OnCallMapper.utc(gap.start()))
                                .end(OnCallMapper.utc(gap.end())))
                        .toList())
                .overlaps(coverage.overlaps().stream()
                        .map(overlap -> new CoverageOverlapDto()
                                .start(OnCallMapper.utc(overlap.start()))
                                .end(OnCallMapper.utc(overlap.end()))
                                .onCall(overlap.onCall().stream()
                                        .map(assignment -> new CoverageAssignmentDto()
                                                .rotationId(UUID.fromString(assignment.rotationId()))
                                                .member(assignment.member()))
                                        .toList()))
                        .toList());
    }
}
