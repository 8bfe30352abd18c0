package io.tierdesk.oncall.escalation;

import io.tierdesk.api.EscalationPoliciesApi;
import io.tierdesk.api.model.EscalationPolicyCreateDto;
import io.tierdesk.api.model.EscalationPolicyPageDto;
import io.tierdesk.api.model.EscalationPolicyUpdateDto;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

/** Escalation policies over HTTP: translates requests to the service. */
class EscalationPolicyResource implements EscalationPoliciesApi {

    private final EscalationPolicyService policies;
    private final Pager pager;

    @Context
    UriInfo uri;

    EscalationPolicyResource(EscalationPolicyService policies, Pager pager) {
        this.policies = policies;
        this.pager = pager;
    }

    @Override
    public Response listEscalationPolicies(UUID teamId, Integer limit, String cursor) {
        Page<EscalationPolicy> page = pager.page(
                "escalation-policies:" + teamId,
                limit,
                cursor,
                2,
                (after, fetch) -> policies.page(teamId, after.text(0), after.id(1), fetch),
                policy -> List.of(policy.name, policy.id.toString()));
        return Responses.page(
                uri,
                page.map(EscalationPolicyMapper::toApi),
                EscalationPolicyPageDto::new,
                EscalationPolicyPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response createEscalationPolicy(EscalationPolicyCreateDto request, String idempotencyKey) {
        EscalationPolicy policy = policies.create(request);
        return Responses.created(uri, policy, EscalationPolicyMapper::toApi);
    }

    @Override
    public Response getEscalationPolicy(UUID policyId) {
        EscalationPolicy policy = policies.visible(policyId);
        return Responses.ok(policy, EscalationPolicyMapper::toApi);
    }

    @Override
    public Response updateEscalationPolicy(UUID policyId, EscalationPolicyUpdateDto request, String ifMatch) {
        EscalationPolicy policy = policies.update(policyId, request, ifMatch);
        return Responses.ok(policy, EscalationPolicyMapper::toApi);
    }
}
