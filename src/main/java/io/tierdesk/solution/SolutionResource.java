package io.tierdesk.solution;

import io.quarkus.security.Authenticated;
import io.tierdesk.api.SolutionsApi;
import io.tierdesk.api.model.LifecycleState;
import io.tierdesk.api.model.SolutionCreate;
import io.tierdesk.api.model.SolutionKind;
import io.tierdesk.api.model.SolutionPage;
import io.tierdesk.api.model.SolutionUpdate;
import io.tierdesk.api.model.UsageIngestResult;
import io.tierdesk.api.model.UsageSnapshotBatch;
import io.tierdesk.api.model.UsageSnapshotInput;
import io.tierdesk.api.model.UsageSnapshotPage;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Cursors;
import io.tierdesk.common.Idempotency;
import io.tierdesk.common.Page;
import io.tierdesk.common.PageRequest;
import io.tierdesk.common.Responses;
import io.tierdesk.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

@Authenticated
class SolutionResource implements SolutionsApi {

    private final SolutionService service;
    private final UsageService usage;
    private final SolutionRepository solutions;
    private final Cursors cursors;
    private final Caller caller;
    private final Idempotency idempotency;

    @Context
    UriInfo uri;

    SolutionResource(SolutionService service, UsageService usage, SolutionRepository solutions, Cursors cursors,
            Caller caller, Idempotency idempotency) {
        this.service = service;
        this.usage = usage;
        this.solutions = solutions;
        this.cursors = cursors;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @Override
    public Response listSolutions(String tierId, SolutionKind kind, String maker, UUID owningTeamId,
            String businessUnit, String environmentId, LifecycleState lifecycleState, String q, Integer limit,
            String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        var filter = new SolutionRepository.Filter(tierId, kind, maker, owningTeamId, businessUnit, environmentId,
                lifecycleState, q);
        String scope = "solutions:" + filter;
        OffsetDateTime afterCreated = null;
        UUID afterId = null;
        if (!request.first()) {
            List<String> key = cursors.decode(scope, caller.subject(), request.cursor(), 2);
            afterCreated = OffsetDateTime.parse(key.get(0));
            afterId = UUID.fromString(key.get(1));
        }
        List<Solution> fetched = solutions.page(filter, service.visibility(), afterCreated, afterId,
                request.limit() + 1);
        Page<Solution> page = Page.of(fetched, request.limit(), last -> cursors.encode(scope, caller.subject(),
                List.of(last.createdAt.toString(), last.id.toString())));
        SolutionPage body = new SolutionPage().items(page.map(SolutionMapper::toApi).items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }

    @Override
    @RolesAllowed({ Roles.MAKER, Roles.PLATFORM, Roles.ADMIN })
    public Response registerSolution(SolutionCreate solutionCreate, String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /solutions", solutionCreate, () -> {
            Solution solution = service.register(solutionCreate);
            return Responses.created(uri, solution.id.toString(), SolutionMapper.toApi(solution), solution.version);
        });
    }

    @Override
    public Response getSolution(UUID solutionId) {
        Solution solution = service.visible(solutionId);
        return Responses.ok(SolutionMapper.toApi(solution), solution.version);
    }

    @Override
    public Response updateSolution(UUID solutionId, SolutionUpdate solutionUpdate, String ifMatch) {
        Solution solution = service.update(solutionId, solutionUpdate, ifMatch);
        return Responses.ok(SolutionMapper.toApi(solution), solution.version);
    }

    @Override
    public Response archiveSolution(UUID solutionId, String ifMatch) {
        Solution solution = service.archive(solutionId, ifMatch);
        return Responses.ok(SolutionMapper.toApi(solution), solution.version);
    }

    @Override
    public Response listSolutionUsage(UUID solutionId, Integer limit, String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        String scope = "usage:" + solutionId;
        LocalDate beforeDay = request.first() ? null
                : LocalDate.parse(cursors.decode(scope, caller.subject(), request.cursor(), 1).get(0));
        Page<UsageSnapshot> page = Page.of(usage.page(solutionId, beforeDay, request.limit() + 1), request.limit(),
                last -> cursors.encode(scope, caller.subject(), List.of(last.key.day().toString())));
        UsageSnapshotPage body = new UsageSnapshotPage().items(page.map(SolutionMapper::toApi).items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }

    @Override
    @RolesAllowed({ Roles.AUTOMATION, Roles.PLATFORM, Roles.ADMIN })
    public Response recordSolutionUsage(UUID solutionId, UsageSnapshotInput usageSnapshotInput) {
        return Response.ok(SolutionMapper.toApi(usage.record(solutionId, usageSnapshotInput))).build();
    }

    @Override
    @RolesAllowed({ Roles.AUTOMATION, Roles.PLATFORM, Roles.ADMIN })
    public Response ingestUsageSnapshots(UsageSnapshotBatch usageSnapshotBatch) {
        int stored = usage.ingest(usageSnapshotBatch.getItems());
        return Response.ok(new UsageIngestResult().stored(stored)).build();
    }
}
