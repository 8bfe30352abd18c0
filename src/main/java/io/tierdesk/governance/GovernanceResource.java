package io.tierdesk.governance;

import io.quarkus.security.Authenticated;
import io.tierdesk.api.GovernanceApi;
import io.tierdesk.api.model.ChecklistItemCode;
import io.tierdesk.api.model.ChecklistTick;
import io.tierdesk.api.model.ComplianceFinding;
import io.tierdesk.api.model.ComplianceFindingPage;
import io.tierdesk.api.model.EnvironmentClaim;
import io.tierdesk.api.model.EnvironmentClaimRequest;
import io.tierdesk.api.model.EnvironmentLeaseExtension;
import io.tierdesk.api.model.EnvironmentProvisioned;
import io.tierdesk.api.model.EnvironmentProvisioningFailure;
import io.tierdesk.api.model.EnvironmentRequestCreate;
import io.tierdesk.api.model.EnvironmentRequestPage;
import io.tierdesk.api.model.EnvironmentRequestStatus;
import io.tierdesk.api.model.FindingCode;
import io.tierdesk.api.model.FindingSeverity;
import io.tierdesk.api.model.GraduationCandidate;
import io.tierdesk.api.model.GraduationCandidatePage;
import io.tierdesk.api.model.GraduationRequestCreate;
import io.tierdesk.api.model.GraduationRequestPage;
import io.tierdesk.api.model.GraduationRequestStatus;
import io.tierdesk.api.model.HandoffCreate;
import io.tierdesk.api.model.HandoffPage;
import io.tierdesk.api.model.HandoffStatus;
import io.tierdesk.api.model.HandoffTransition;
import io.tierdesk.api.model.ReasonInput;
import io.tierdesk.api.model.SolutionCompliance;
import io.tierdesk.common.Idempotency;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import io.tierdesk.common.Roles;
import io.tierdesk.environment.EnvironmentLeases;
import io.tierdesk.environment.EnvironmentRequest;
import io.tierdesk.environment.EnvironmentRequestMapper;
import io.tierdesk.environment.EnvironmentRequestService;
import io.tierdesk.solution.Solution;
import io.tierdesk.solution.SolutionService;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** The Governance operations of the contract; each translates HTTP to one service call. */
@Authenticated
class GovernanceResource implements GovernanceApi {

    private static final int DEFAULT_LEASE_SECONDS = 300;

    private final EnvironmentRequestService environments;
    private final SolutionService solutions;
    private final ComplianceQueries compliance;
    private final GraduationCandidates candidates;
    private final GraduationService graduations;
    private final HandoffService handoffs;
    private final EnvironmentLeases leases;
    private final Pager pager;
    private final Idempotency idempotency;

    @Context
    UriInfo uri;

    GovernanceResource(EnvironmentRequestService environments, EnvironmentLeases leases, SolutionService solutions,
            ComplianceQueries compliance, GraduationCandidates candidates, GraduationService graduations,
            HandoffService handoffs, Pager pager, Idempotency idempotency) {
        this.graduations = graduations;
        this.handoffs = handoffs;
        this.environments = environments;
        this.solutions = solutions;
        this.compliance = compliance;
        this.candidates = candidates;
        this.leases = leases;
        this.pager = pager;
        this.idempotency = idempotency;
    }

    // --- environment requests ----------------------------------------------------------------------------------

    @Override
    @RolesAllowed({ Roles.MAKER, Roles.ADMIN, Roles.PLATFORM, Roles.HELPDESK, Roles.AUDITOR, Roles.AUTOMATION })
    public Response listEnvironmentRequests(EnvironmentRequestStatus status, Integer limit, String cursor) {
        Page<EnvironmentRequest> page = pager.page("environment-requests:" + status, limit, cursor, 2,
                (after, fetch) -> environments.page(status, after == null ? null : OffsetDateTime.parse(after.get(0)),
                        after == null ? null : UUID.fromString(after.get(1)), fetch),
                request -> List.of(request.createdAt.toString(), request.id.toString()));
        EnvironmentRequestPage body = new EnvironmentRequestPage()
                .items(page.map(EnvironmentRequestMapper::toApi).items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }

    @Override
    @RolesAllowed({ Roles.MAKER, Roles.ADMIN, Roles.PLATFORM })
    public Response createEnvironmentRequest(EnvironmentRequestCreate body, String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /environment-requests", body, () -> {
            EnvironmentRequest created = environments.create(body);
            return Responses.created(uri, created.id.toString(), EnvironmentRequestMapper.toApi(created),
                    created.version);
        });
    }

    @Override
    @RolesAllowed({ Roles.MAKER, Roles.ADMIN, Roles.PLATFORM, Roles.HELPDESK, Roles.AUDITOR, Roles.AUTOMATION })
    public Response getEnvironmentRequest(UUID id) {
        return environmentResponse(environments.visible(id));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response approveEnvironmentRequest(UUID id, String ifMatch) {
        return environmentResponse(environments.approve(id, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response rejectEnvironmentRequest(UUID id, ReasonInput body, String ifMatch) {
        return environmentResponse(environments.reject(id, body.getReason(), ifMatch));
    }

    @Override
    @RolesAllowed({ Roles.MAKER, Roles.ADMIN, Roles.PLATFORM })
    public Response cancelEnvironmentRequest(UUID id, String ifMatch) {
        return environmentResponse(environments.cancel(id, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response retryEnvironmentRequest(UUID id, String ifMatch) {
        return environmentResponse(environments.retry(id, ifMatch));
    }

    @Override
    @RolesAllowed(Roles.AUTOMATION)
    public Response claimEnvironmentRequests(EnvironmentClaimRequest body) {
        int max = body.getMaxItems() == null ? 1 : body.getMaxItems();
        int lease = body.getLeaseSeconds() == null ? DEFAULT_LEASE_SECONDS : body.getLeaseSeconds();
        List<EnvironmentRequest> claimed = leases.claim(max, lease);
        if (claimed.isEmpty()) {
            return Response.noContent().build();
        }
        return Response.ok(new EnvironmentClaim().items(claimed.stream().map(EnvironmentRequestMapper::toApi)
                .toList())).build();
    }

    @Override
    @RolesAllowed(Roles.AUTOMATION)
    public Response heartbeatEnvironmentRequest(UUID id, EnvironmentLeaseExtension body) {
        int lease = body.getLeaseSeconds() == null ? DEFAULT_LEASE_SECONDS : body.getLeaseSeconds();
        return Response.ok(EnvironmentRequestMapper.toApi(leases.heartbeat(id, lease))).build();
    }

    @Override
    @RolesAllowed(Roles.AUTOMATION)
    public Response completeEnvironmentRequest(UUID id, EnvironmentProvisioned body) {
        return Response.ok(EnvironmentRequestMapper.toApi(
                leases.complete(id, body.getEnvironmentId(), body.getEnvironmentUrl()))).build();
    }

    @Override
    @RolesAllowed(Roles.AUTOMATION)
    public Response failEnvironmentRequest(UUID id, EnvironmentProvisioningFailure body) {
        return Response.ok(EnvironmentRequestMapper.toApi(leases.fail(id, body.getError()))).build();
    }

    // --- compliance and graduation candidates ---------------------------------------------------------------

    @Override
    public Response getSolutionCompliance(UUID solutionId) {
        Solution solution = solutions.visible(solutionId);
        List<ComplianceFinding> findings = compliance.ofSolution(solution.id);
        return Response.ok(new SolutionCompliance().solutionId(solution.id).tierId(solution.tierId)
                .compliant(findings.isEmpty()).findings(findings)).build();
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.PLATFORM, Roles.HELPDESK, Roles.AUDITOR })
    public Response listComplianceFindings(String tierId, FindingSeverity severity, FindingCode code,
            UUID owningTeamId, String businessUnit, Integer limit, String cursor) {
        var filter = new ComplianceQueries.Filter(tierId, severity, code, owningTeamId, businessUnit);
        Page<ComplianceFinding> page = pager.page("compliance-findings:" + filter, limit, cursor, 3,
                (after, fetch) -> compliance.page(filter, after == null ? null : new ComplianceQueries.After(
                        Integer.parseInt(after.get(0)), UUID.fromString(after.get(1)), after.get(2)), fetch),
                finding -> List.of(String.valueOf(ComplianceQueries.severityRank(finding.getSeverity())),
                        finding.getSolutionId().toString(), finding.getCode().toString()));
        ComplianceFindingPage body = new ComplianceFindingPage().items(page.items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }

    @Override
    @RolesAllowed({ Roles.ADMIN, Roles.PLATFORM, Roles.HELPDESK, Roles.AUDITOR })
    public Response listGraduationCandidates(String tierId, Integer limit, String cursor) {
        Page<GraduationCandidate> page = pager.page("graduation-candidates:" + tierId, limit, cursor, 2,
                (after, fetch) -> candidates.page(tierId, after == null ? null : new GraduationCandidates.After(
                        new BigDecimal(after.get(0)), UUID.fromString(after.get(1))), fetch),
                candidate -> List.of(GraduationCandidates.urgencyOf(candidate).toPlainString(),
                        candidate.getSolutionId().toString()));
        GraduationCandidatePage body = new GraduationCandidatePage().items(page.items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }

    // --- graduation requests and handoffs ---------------------------------------------------------------------

    @Override
    @RolesAllowed({ Roles.MAKER, Roles.PLATFORM, Roles.ADMIN })
    public Response createGraduationRequest(GraduationRequestCreate body, String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /graduation-requests", body, () -> {
            GraduationRequest created = graduations.create(body);
            return Responses.created(uri, created.id.toString(), GovernanceMapper.toApi(created), created.version);
        });
    }

    @Override
    public Response listGraduationRequests(GraduationRequestStatus status, UUID solutionId, Integer limit,
                                           String cursor) {
        Page<GraduationRequest> page = pager.page("graduation-requests:" + status + ":" + solutionId, limit, cursor,
                2, (after, fetch) -> graduations.page(status, solutionId, createdAfter(after), idAfter(after), fetch),
                request -> List.of(request.createdAt.toString(), request.id.toString()));
        GraduationRequestPage body = new GraduationRequestPage().items(page.map(GovernanceMapper::toApi).items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }

    @Override
    public Response getGraduationRequest(UUID id) {
        GraduationRequest request = graduations.visible(id);
        return Responses.ok(GovernanceMapper.toApi(request), request.version);
    }

    @Override
    @RolesAllowed({ Roles.PLATFORM, Roles.ADMIN })
    public Response approveGraduationRequest(UUID id, ReasonInput body, String ifMatch) {
        GraduationRequest request = graduations.approve(id, body.getReason(), ifMatch);
        return Responses.ok(GovernanceMapper.toApi(request), request.version);
    }

    @Override
    @RolesAllowed({ Roles.PLATFORM, Roles.ADMIN })
    public Response rejectGraduationRequest(UUID id, ReasonInput body, String ifMatch) {
        GraduationRequest request = graduations.reject(id, body.getReason(), ifMatch);
        return Responses.ok(GovernanceMapper.toApi(request), request.version);
    }

    @Override
    @RolesAllowed({ Roles.MAKER, Roles.PLATFORM, Roles.ADMIN })
    public Response createHandoff(HandoffCreate body, String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /handoffs", body, () -> {
            Handoff created = handoffs.propose(body);
            return Responses.created(uri, created.id.toString(), GovernanceMapper.toApi(created), created.version);
        });
    }

    @Override
    public Response listHandoffs(HandoffStatus status, UUID solutionId, UUID toTeamId, Integer limit, String cursor) {
        Page<Handoff> page = pager.page("handoffs:" + status + ":" + solutionId + ":" + toTeamId, limit, cursor, 2,
                (after, fetch) -> handoffs.page(status, solutionId, toTeamId, createdAfter(after), idAfter(after), fetch),
                handoff -> List.of(handoff.createdAt.toString(), handoff.id.toString()));
        HandoffPage body = new HandoffPage().items(page.map(GovernanceMapper::toApi).items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }

    @Override
    public Response getHandoff(UUID id) {
        return handoffResponse(handoffs.visible(id));
    }

    @Override
    public Response transitionHandoff(UUID id, HandoffTransition body, String ifMatch) {
        return handoffResponse(handoffs.transition(id, body.getStatus(), body.getReason(), ifMatch));
    }

    @Override
    public Response tickHandoffChecklistItem(UUID id, ChecklistItemCode itemCode, ChecklistTick body) {
        return handoffResponse(handoffs.tick(id, itemCode, body.getEvidence()));
    }

    private static OffsetDateTime createdAfter(List<String> after) {
        return after == null ? null : OffsetDateTime.parse(after.get(0));
    }

    private static UUID idAfter(List<String> after) {
        return after == null ? null : UUID.fromString(after.get(1));
    }

    private static Response handoffResponse(Handoff handoff) {
        return Responses.ok(GovernanceMapper.toApi(handoff), handoff.version);
    }

    private static Response environmentResponse(EnvironmentRequest request) {
        return Responses.ok(EnvironmentRequestMapper.toApi(request), request.version);
    }
}
