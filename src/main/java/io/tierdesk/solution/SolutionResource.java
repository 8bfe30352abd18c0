package io.tierdesk.solution;

import io.tierdesk.api.SolutionsApi;
import io.tierdesk.api.model.LifecycleStateDto;
import io.tierdesk.api.model.SolutionCreateDto;
import io.tierdesk.api.model.SolutionKindDto;
import io.tierdesk.api.model.SolutionPageDto;
import io.tierdesk.api.model.SolutionUpdateDto;
import io.tierdesk.api.model.UsageIngestResultDto;
import io.tierdesk.api.model.UsageSnapshotBatchDto;
import io.tierdesk.api.model.UsageSnapshotInputDto;
import io.tierdesk.api.model.UsageSnapshotPageDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

class SolutionResource implements SolutionsApi {

    private final SolutionService service;
    private final UsageService usage;
    private final Pager pager;

    @Context
    UriInfo uri;

    SolutionResource(SolutionService service, UsageService usage, Pager pager) {
        this.service = service;
        this.usage = usage;
        this.pager = pager;
    }

    @Override
    public Response listSolutions(
            String tierId,
            SolutionKindDto kind,
            String maker,
            UUID owningTeamId,
            String businessUnit,
            String environmentId,
            LifecycleStateDto lifecycleState,
            String q,
            Integer limit,
            String cursor) {
        var filter = new SolutionRepository.Filter(
                tierId,
                Enums.same(kind, SolutionKind.class),
                maker,
                owningTeamId,
                businessUnit,
                environmentId,
                lifecycleState,
                q);
        Page<Solution> page = pager.page(
                "solutions:" + filter,
                limit,
                cursor,
                2,
                (after, fetch) -> service.page(filter, after.time(0), after.id(1), fetch),
                solution -> List.of(solution.createdAt.toString(), solution.id.toString()));
        return Responses.page(uri, page.map(SolutionMapper::toApi), SolutionPageDto::new, SolutionPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response registerSolution(SolutionCreateDto solutionCreate, String idempotencyKey) {
        Solution solution = service.register(solutionCreate);
        return Responses.created(uri, solution, SolutionMapper::toApi);
    }

    @Override
    public Response getSolution(UUID solutionId) {
        Solution solution = service.visible(solutionId);
        return Responses.ok(solution, SolutionMapper::toApi);
    }

    @Override
    public Response updateSolution(UUID solutionId, SolutionUpdateDto solutionUpdate, String ifMatch) {
        Solution solution = service.update(solutionId, solutionUpdate, ifMatch);
        return Responses.ok(solution, SolutionMapper::toApi);
    }

    @Override
    @Idempotent
    public Response archiveSolution(UUID solutionId, String ifMatch, String idempotencyKey) {
        Solution solution = service.archive(solutionId, ifMatch);
        return Responses.ok(solution, SolutionMapper::toApi);
    }

    @Override
    public Response listSolutionUsage(UUID solutionId, Integer limit, String cursor) {
        Page<UsageSnapshot> page = pager.page(
                "usage:" + solutionId,
                limit,
                cursor,
                1,
                (after, fetch) -> usage.page(solutionId, after.date(0), fetch),
                snapshot -> List.of(snapshot.key.day().toString()));
        return Responses.page(
                uri, page.map(SolutionMapper::toApi), UsageSnapshotPageDto::new, UsageSnapshotPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response recordSolutionUsage(
            UUID solutionId, UsageSnapshotInputDto usageSnapshotInput, String idempotencyKey) {
        return Response.ok(SolutionMapper.toApi(usage.record(solutionId, usageSnapshotInput)))
                .build();
    }

    @Override
    @Idempotent
    public Response ingestUsageSnapshots(UsageSnapshotBatchDto usageSnapshotBatch, String idempotencyKey) {
        int stored = usage.ingest(usageSnapshotBatch.getItems());
        return Response.ok(new UsageIngestResultDto().stored(stored)).build();
    }
}
