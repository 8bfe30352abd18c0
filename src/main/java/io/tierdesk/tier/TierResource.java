package io.tierdesk.tier;

import io.quarkus.security.Authenticated;
import io.tierdesk.api.TiersApi;
import io.tierdesk.api.model.TierPage;
import io.tierdesk.api.model.TierUpdate;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Cursors;
import io.tierdesk.common.Page;
import io.tierdesk.common.PageRequest;
import io.tierdesk.common.Responses;
import io.tierdesk.common.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

@Authenticated
class TierResource implements TiersApi {

    private static final String SCOPE = "tiers";

    private final TierService service;
    private final TierRepository tiers;
    private final Cursors cursors;
    private final Caller caller;

    @Context
    UriInfo uri;

    TierResource(TierService service, TierRepository tiers, Cursors cursors, Caller caller) {
        this.service = service;
        this.tiers = tiers;
        this.cursors = cursors;
        this.caller = caller;
    }

    @Override
    public Response listTiers(Integer limit, String cursor) {
        PageRequest request = PageRequest.of(limit, cursor);
        Integer afterRank = request.first() ? null
                : Integer.valueOf(cursors.decode(SCOPE, caller.subject(), request.cursor(), 1).get(0));
        Page<Tier> page = Page.of(tiers.pageAfterRank(afterRank, request.limit() + 1), request.limit(),
                last -> cursors.encode(SCOPE, caller.subject(), List.of(Integer.toString(last.rank))));
        TierPage body = new TierPage().items(page.map(TierMapper::toApi).items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }

    @Override
    public Response getTier(String tierId) {
        Tier tier = service.get(tierId);
        return Responses.ok(TierMapper.toApi(tier), tier.version);
    }

    @Override
    @RolesAllowed(Roles.ADMIN)
    public Response updateTier(String tierId, TierUpdate tierUpdate, String ifMatch) {
        Tier tier = service.update(tierId, tierUpdate, ifMatch);
        return Responses.ok(TierMapper.toApi(tier), tier.version);
    }
}
