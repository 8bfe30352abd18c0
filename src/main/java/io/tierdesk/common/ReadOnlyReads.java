package io.tierdesk.common;

import io.quarkus.runtime.BlockingOperationControl;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import org.hibernate.Session;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A GET loads entities only to read them: outside a transaction its session loads them read-only, so Hibernate keeps
 * no copy of each entity's state to compare at flush. A GET that writes does so in a transaction, whose session is
 * another one and is not affected.
 */
class ReadOnlyReads {

    private final Session session;

    ReadOnlyReads(Session session) {
        this.session = session;
    }

    @ServerRequestFilter
    void readOnly(ContainerRequestContext request) {
        if (HttpMethod.GET.equals(request.getMethod()) && BlockingOperationControl.isBlockingAllowed()) {
            session.setDefaultReadOnly(true);
        }
    }
}
