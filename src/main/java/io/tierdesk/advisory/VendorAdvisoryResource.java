package io.tierdesk.advisory;

import io.tierdesk.api.VendorAdvisoriesApi;
import io.tierdesk.api.model.VendorAdvisoryCreateDto;
import io.tierdesk.api.model.VendorAdvisoryPageDto;
import io.tierdesk.api.model.VendorAdvisoryStatusDto;
import io.tierdesk.api.model.VendorServiceDto;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Responses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

class VendorAdvisoryResource implements VendorAdvisoriesApi {

    private final VendorAdvisoryService service;

    @Context
    UriInfo uri;

    VendorAdvisoryResource(VendorAdvisoryService service) {
        this.service = service;
    }

    @Override
    public Response listVendorAdvisories(
            VendorAdvisoryStatusDto status,
            VendorServiceDto vendorService,
            String region,
            Integer limit,
            String cursor) {
        return Responses.page(
                uri,
                service.list(status, vendorService, region, limit, cursor).map(VendorAdvisoryMapper::toApi),
                VendorAdvisoryPageDto::new,
                VendorAdvisoryPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response createVendorAdvisory(VendorAdvisoryCreateDto input, String idempotencyKey) {
        return Responses.created(uri, service.create(input), VendorAdvisoryMapper::toApi);
    }

    @Override
    public Response getVendorAdvisory(UUID vendorAdvisoryId) {
        return Responses.ok(service.get(vendorAdvisoryId), VendorAdvisoryMapper::toApi);
    }

    @Override
    @Idempotent
    public Response resolveVendorAdvisory(UUID vendorAdvisoryId, String idempotencyKey) {
        return Responses.ok(service.resolve(vendorAdvisoryId), VendorAdvisoryMapper::toApi);
    }
}
