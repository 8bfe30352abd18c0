package io.tierdesk.audit;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.AUDIT;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.ticket;
import static io.tierdesk.support.Scenario.ticketAbout;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.hasItems;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.client.model.TicketPriority;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An audit entry, once written, is never changed: not by the service, not by anyone with its credentials. */
@QuarkusTest
class AuditAppendOnlyTest {

    @Inject
    AgroalDataSource database;

    @Test
    void raisingCommentingAndMovingATicketWriteEachAuditEntryOnce() {
        String maker = uniqueSubject("appender");
        String solution = registerSolution("important", maker, null);
        String id = raiseTicket(maker, ticketAbout("BUG", solution).priority(TicketPriority.P2));
        jsonAs(maker, "maker")
                .body(Map.of("body", "Anything new?"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(201);
        String agent = uniqueSubject("agent");
        jsonAs(agent, "helpdesk")
                .body(Map.of("to_status", "TRIAGED", "reason", "looked at"))
                .when()
                .post(ticketPath(id, "transitions"))
                .then()
                .statusCode(200);

        as(uniqueSubject("auditor"), "auditor")
                .queryParam("resource_type", "ticket")
                .queryParam("resource_id", id)
                .when()
                .get(AUDIT)
                .then()
                .statusCode(200)
                .body("items.action", hasItems("ticket.created", "ticket.status_changed"));
    }

    @Test
    void theDatabaseRefusesToChangeAnEntry() throws SQLException {
        raiseTicket(uniqueSubject("appender"), ticket("HOW_TO"));
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE audit_events SET actor = 'someone else' WHERE id = (SELECT max(id) FROM audit_events)")) {
            assertThatThrownBy(update::executeUpdate)
                    .isInstanceOf(SQLException.class)
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23001"))
                    .hasMessageContaining("append-only");
        }
    }
}
