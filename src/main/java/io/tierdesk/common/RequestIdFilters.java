package io.tierdesk.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

class RequestIdFilters {

    private final RequestId requestId;

    RequestIdFilters(RequestId requestId) {
        this.requestId = requestId;
    }

    @ServerRequestFilter(preMatching = true)
    void readRequestId(ContainerRequestContext request) {
        requestId.accept(request.getHeaderString(RequestId.HEADER));
    }

    @ServerResponseFilter
    void echoRequestId(ContainerResponseContext response) {
        response.getHeaders().putSingle(RequestId.HEADER, requestId.value());
    }
}
