package io.tierdesk.tier;

import io.tierdesk.api.TiersApi;
import io.tierdesk.api.model.TierPageDto;
import io.tierdesk.api.model.TierUpdateDto;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

class TierResource implements TiersApi {

    private static final String SCOPE = "tiers";

    private final TierService service;
    private final Pager pager;

    @Context
    UriInfo uri;

    TierResource(TierService service, Pager pager) {
        this.service = service;
        this.pager = pager;
    }

    @Override
    public Response listTiers(Integer limit, String cursor) {
        Page<Tier> page = pager.page(
                SCOPE,
                limit,
                cursor,
                1,
                (after, fetch) -> service.page(after.integer(0), fetch),
                tier -> List.of(Integer.toString(tier.rank)));
        return Responses.page(uri, page.map(TierMapper::toApi), TierPageDto::new, TierPageDto::nextCursor);
    }

    @Override
    public Response getTier(String tierId) {
        Tier tier = service.get(tierId);
        return Responses.ok(TierMapper.toApi(tier), tier.version);
    }

    @Override
    public Response updateTier(String tierId, TierUpdateDto tierUpdate, String ifMatch) {
        Tier tier = service.update(tierId, tierUpdate, ifMatch);
        return Responses.ok(TierMapper.toApi(tier), tier.version);
    }
}
