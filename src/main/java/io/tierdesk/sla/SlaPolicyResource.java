package io.tierdesk.sla;

import io.quarkus.security.Authenticated;
import io.tierdesk.api.SlaApi;
import io.tierdesk.api.model.SlaPolicyCreate;
import io.tierdesk.api.model.SlaPolicyPage;
import io.tierdesk.api.model.SlaPolicyUpdate;
import io.tierdesk.api.model.SlaSimulationRequest;
import io.tierdesk.api.model.TicketPriority;
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
import java.util.List;
import java.util.UUID;

@Authenticated
class SlaPolicyResource implements SlaApi {

    private final SlaPolicyService service;
    private final SlaSimulationService simulations;
    private final SlaPolicyRepository policies;
    private final Cursors cursors;
    private final Caller caller;
    private final Idempotency idempotency;

    @Context
    UriInfo uri;

    SlaPolicyResource(SlaPolicyService service, SlaSimulationService simulations, SlaPolicyRepository policies,
            Cursors cursors, Caller caller, Idempotency idempotency) {
        this.service = service;
        this.simulations = simulations;
        this.policies = policies;
        this.cursors = cursors;
        this.caller = caller;
        this.idempotency = idempotency;
    }

    @Override
    public Response listSlaPolicies(String tierId, TicketPriority priority, Boolean enabled, Integer limit,
            String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        SlaPolicyRepository.Filter filter = new SlaPolicyRepository.Filter(tierId, priority, enabled);
        String scope = "sla-policies:" + filter;
        Integer afterRank = null;
        UUID afterId = null;
        if (!request.first()) {
            List<String> key = cursors.decode(scope, caller.subject(), request.cursor(), 2);
            afterRank = Integer.valueOf(key.get(0));
            afterId = UUID.fromString(key.get(1));
        }
        Page<SlaPolicy> page = Page.of(policies.page(filter, afterRank, afterId, request.limit() + 1), request.limit(),
                last -> cursors.encode(scope, caller.subject(), List.of(Integer.toString(last.rank), last.id.toString())));
        SlaPolicyPage body = new SlaPolicyPage().items(page.map(SlaPolicyMapper::toApi).items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response createSlaPolicy(SlaPolicyCreate slaPolicyCreate, String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /sla-policies", slaPolicyCreate, () -> {
            SlaPolicy policy = service.create(slaPolicyCreate);
            return Responses.created(uri, policy.id.toString(), SlaPolicyMapper.toApi(policy), policy.version);
        });
    }

    @Override
    public Response getSlaPolicy(UUID policyId) {
        SlaPolicy policy = service.get(policyId);
        return Responses.ok(SlaPolicyMapper.toApi(policy), policy.version);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response updateSlaPolicy(UUID policyId, SlaPolicyUpdate slaPolicyUpdate, String ifMatch) {
        SlaPolicy policy = service.update(policyId, slaPolicyUpdate, ifMatch);
        return Responses.ok(SlaPolicyMapper.toApi(policy), policy.version);
    }

    @Override
    public Response simulateSlaPolicy(UUID policyId, SlaSimulationRequest slaSimulationRequest) {
        return Response.ok(simulations.simulate(policyId, slaSimulationRequest)).build();
    }
}
