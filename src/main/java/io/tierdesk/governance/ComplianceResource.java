package io.tierdesk.governance;

import io.tierdesk.api.ComplianceApi;
import io.tierdesk.api.model.ComplianceFindingDto;
import io.tierdesk.api.model.ComplianceFindingPageDto;
import io.tierdesk.api.model.FindingCodeDto;
import io.tierdesk.api.model.FindingSeverityDto;
import io.tierdesk.api.model.GraduationCandidateDto;
import io.tierdesk.api.model.GraduationCandidatePageDto;
import io.tierdesk.api.model.SolutionComplianceDto;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import io.tierdesk.solution.Solution;
import io.tierdesk.solution.SolutionService;
import io.tierdesk.tier.TierService;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** Compliance findings of a solution or the inventory, and graduation candidates. */
public class ComplianceResource implements ComplianceApi {

    private final SolutionService solutions;
    private final ComplianceQueries compliance;
    private final GraduationCandidates candidates;
    private final TierService tiers;
    private final Pager pager;

    @Context
    UriInfo uri;

    ComplianceResource(
            SolutionService solutions,
            ComplianceQueries compliance,
            GraduationCandidates candidates,
            TierService tiers,
            Pager pager) {
        this.solutions = solutions;
        this.tiers = tiers;
        this.compliance = compliance;
        this.candidates = candidates;
        this.pager = pager;
    }

    @Override
    public Response getSolutionCompliance(UUID solutionId, String tier) {
        Solution solution = solutions.visible(solutionId);
        String judgedAs = tier == null ? solution.tierId : tiers.require(tier, "tier").id;
        List<ComplianceFindingDto> findings = compliance.ofSolution(solution.id, judgedAs);
        return Response.ok(new SolutionComplianceDto()
                        .solutionId(solution.id)
                        .tierId(judgedAs)
                        .solutionTierId(solution.tierId)
                        .compliant(findings.isEmpty())
                        .findings(findings))
                .build();
    }

    @Override
    public Response listComplianceFindings(
            String tierId,
            FindingSeverityDto severity,
            FindingCodeDto code,
            UUID owningTeamId,
            String businessUnit,
            Integer limit,
            String cursor) {
        var filter = new ComplianceQueries.Filter(tierId, severity, code, owningTeamId, businessUnit);
        Page<ComplianceFindingDto> page = pager.page(
                "compliance-findings:" + filter,
                limit,
                cursor,
                3,
                (after, fetch) -> compliance.page(
                        filter,
                        after.first()
                                ? null
                                : new ComplianceQueries.After(after.integer(0), after.id(1), after.text(2)),
                        fetch),
                finding -> List.of(
                        String.valueOf(ComplianceQueries.severityRank(finding.getSeverity())),
                        finding.getSolutionId().toString(),
                        finding.getCode().toString()));
        return Responses.page(uri, page, ComplianceFindingPageDto::new, ComplianceFindingPageDto::nextCursor);
    }

    @Override
    public Response listGraduationCandidates(String tierId, Integer limit, String cursor) {
        Page<GraduationCandidateDto> page = pager.page(
                "graduation-candidates:" + tierId,
                limit,
                cursor,
                2,
                (after, fetch) -> candidates.page(
                        tierId,
                        after.first() ? null : new GraduationCandidates.After(after.decimal(0), after.id(1)),
                        fetch),
                candidate -> List.of(
                        GraduationCandidates.urgencyOf(candidate).toPlainString(),
                        candidate.getSolutionId().toString()));
        return Responses.page(uri, page, GraduationCandidatePageDto::new, GraduationCandidatePageDto::nextCursor);
    }
}
