package io.tierdesk.sla;

import io.tierdesk.api.SlaApi;
import io.tierdesk.api.model.SlaPolicyCreateDto;
import io.tierdesk.api.model.SlaPolicyPageDto;
import io.tierdesk.api.model.SlaPolicyUpdateDto;
import io.tierdesk.api.model.SlaSimulationRequestDto;
import io.tierdesk.api.model.TicketPriorityDto;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import io.tierdesk.sla.policy.SlaPolicy;
import io.tierdesk.sla.policy.SlaPolicyMapper;
import io.tierdesk.sla.policy.SlaPolicyRepository;
import io.tierdesk.sla.policy.SlaPolicyService;
import io.tierdesk.sla.simulator.SlaSimulationService;
import io.tierdesk.ticketterms.TicketPriority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

class SlaPolicyResource implements SlaApi {

    private final SlaPolicyService service;
    private final SlaSimulationService simulations;
    private final SlaReapply reapply;
    private final Pager pager;

    @Context
    UriInfo uri;

    SlaPolicyResource(SlaPolicyService service, SlaSimulationService simulations, SlaReapply reapply, Pager pager) {
        this.service = service;
        this.reapply = reapply;
        this.simulations = simulations;
        this.pager = pager;
    }

    @Override
    public Response listSlaPolicies(
            String tierId, TicketPriorityDto priority, Boolean enabled, Integer limit, String cursor) {
        SlaPolicyRepository.Filter filter =
                new SlaPolicyRepository.Filter(tierId, Enums.same(priority, TicketPriority.class), enabled);
        Page<SlaPolicy> page = pager.page(
                "sla-policies:" + filter,
                limit,
                cursor,
                2,
                (after, fetch) -> service.page(filter, after.integer(0), after.id(1), fetch),
                policy -> List.of(Integer.toString(policy.rank), policy.id.toString()));
        return Responses.page(
                uri, page.map(SlaPolicyMapper::toApi), SlaPolicyPageDto::new, SlaPolicyPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response createSlaPolicy(SlaPolicyCreateDto slaPolicyCreate, String idempotencyKey) {
        SlaPolicy policy = service.create(slaPolicyCreate);
        return Responses.created(uri, policy, SlaPolicyMapper::toApi);
    }

    @Override
    public Response getSlaPolicy(UUID policyId) {
        SlaPolicy policy = service.get(policyId);
        return Responses.ok(policy, SlaPolicyMapper::toApi);
    }

    @Override
    public Response updateSlaPolicy(UUID policyId, SlaPolicyUpdateDto slaPolicyUpdate, String ifMatch) {
        SlaPolicy policy = service.update(policyId, slaPolicyUpdate, ifMatch);
        return Responses.ok(policy, SlaPolicyMapper::toApi);
    }

    @Override
    @Idempotent
    public Response reapplySlaPolicy(UUID policyId, String idempotencyKey) {
        return Response.ok(reapply.reapply(policyId)).build();
    }

    @Override
    public Response simulateSlaPolicy(UUID policyId, SlaSimulationRequestDto slaSimulationRequest) {
        return Response.ok(simulations.simulate(policyId, slaSimulationRequest)).build();
    }
}
