package io.tierdesk.routing;

import io.tierdesk.api.RoutingApi;
import io.tierdesk.api.model.RoutingTableInputDto;
import io.tierdesk.common.Responses;
import jakarta.ws.rs.core.Response;

class RoutingResource implements RoutingApi {

    private final RoutingTableService service;

    RoutingResource(RoutingTableService service) {
        this.service = service;
    }

    @Override
    public Response getRoutingTable() {
        return ok(service.current());
    }

    @Override
    public Response getRoutingTableVersion(Integer version) {
        return ok(service.version(version));
    }

    @Override
    public Response replaceRoutingTable(RoutingTableInputDto input, String ifMatch) {
        return ok(service.publish(input, ifMatch));
    }

    private Response ok(RoutingTable table) {
        return Responses.ok(RoutingMapper.toApi(table, service.rulesOf(table)), table.version);
    }
}
