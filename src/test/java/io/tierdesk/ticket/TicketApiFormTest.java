package io.tierdesk.ticket;

import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.api.model.TicketCategoryDto;
import io.tierdesk.api.model.TicketCreateDto;
import io.tierdesk.api.model.TicketDto;
import io.tierdesk.api.model.TicketUpdateDto;
import io.tierdesk.common.Responses;
import io.tierdesk.ticketterms.TicketStatus;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A ticket's response reuses the API form the journal made of it for the audit entry and the event, so a request
 * that changes a ticket converts it once; the reused form is the one a fresh conversion would give.
 */
@QuarkusTest
class TicketApiFormTest {

    @Inject
    TicketService service;

    @Inject
    TicketWorkflow workflow;

    @Inject
    CurrentIdentityAssociation identities;

    @Inject
    ObjectMapper json;

    private final AtomicInteger conversions = new AtomicInteger();
    private final Function<Ticket, TicketDto> countingToApi = ticket -> {
        conversions.incrementAndGet();
        return TicketMapper.toApi(ticket);
    };

    @Test
    void aCreatedTicketIsAnsweredWithTheFormItsRecordWasMadeOf() throws Exception {
        Ticket ticket = as("maker", () -> service.create(newTicket()));

        assertAnsweredWithoutConverting(ticket);
    }

    @Test
    void aTransitionedTicketIsAnsweredWithTheFormItsRecordWasMadeOf() throws Exception {
        Ticket created = as("maker", () -> service.create(newTicket()));
        Ticket ticket = as("helpdesk", () -> workflow.transition(created.id, TicketStatus.TRIAGED, null, null));

        assertThat(ticket.version).isGreaterThan(created.version);
        assertAnsweredWithoutConverting(ticket);
    }

    @Test
    void anUpdatedTicketIsAnsweredWithTheFormItsRecordWasMadeOf() throws Exception {
        Ticket created = as("maker", () -> service.create(newTicket()));
        Ticket ticket =
                as("helpdesk", () -> service.update(created.id, new TicketUpdateDto().assignee("someone"), null));

        assertAnsweredWithoutConverting(ticket);
    }

    @Test
    void aTicketChangedSinceItsRecordIsConvertedAgain() {
        Ticket ticket = as("maker", () -> service.create(newTicket()));
        ticket.touch(ticket.updatedAt.plusSeconds(1));

        Response response = Responses.ok(ticket, countingToApi);

        assertThat(conversions).hasValue(1);
        assertThat(((TicketDto) response.getEntity()).getUpdatedAt()).isEqualTo(ticket.updatedAt);
    }

    @Test
    void aTicketNobodyChangedIsConverted() {
        Ticket created = as("maker", () -> service.create(newTicket()));
        Ticket read = as("helpdesk", () -> service.visible(created.id));

        Responses.ok(read, countingToApi);

        assertThat(conversions).hasValue(1);
    }

    private void assertAnsweredWithoutConverting(Ticket ticket) throws Exception {
        Response response = Responses.ok(ticket, countingToApi);

        assertThat(conversions).hasValue(0);
        assertThat(json.writeValueAsString(response.getEntity()))
                .isEqualTo(json.writeValueAsString(TicketMapper.toApi(ticket)));
        assertThat(response.getEntityTag().getValue()).isEqualTo(String.valueOf(ticket.version));
    }

    private static TicketCreateDto newTicket() {
        return new TicketCreateDto().category(TicketCategoryDto.HOW_TO).title("How do I share a calendar?");
    }

    /** Runs the work in a request of its own, as a caller with this role. */
    private <T> T as(String role, Supplier<T> work) {
        ManagedContext request = Arc.container().requestContext();
        boolean activated = !request.isActive();
        if (activated) {
            request.activate();
        }
        try {
            identities.setIdentity(QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(uniqueSubject(role)))
                    .addRole(role)
                    .build());
            return work.get();
        } finally {
            if (activated) {
                request.terminate();
            }
        }
    }
}
