package io.tierdesk.ticket;

import io.tierdesk.api.model.TicketUpsertDto;
import io.tierdesk.common.DomainException;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;

/**
 * Idempotent create-or-update of mirrored tickets. The external reference's primary key decides races: when
 * concurrent first calls both try to create, one commits and the others fail on the key and run again as updates,
 * each in a fresh transaction.
 */
@ApplicationScoped
class TicketSync {

    private static final int ATTEMPTS = 3;

    private final TicketService tickets;

    TicketSync(TicketService tickets) {
        this.tickets = tickets;
    }

    TicketService.Upserted upsert(String system, String externalId, TicketUpsertDto request, String ifMatch) {
        for (int attempt = 1; ; attempt++) {
            try {
                return tickets.upsertByExternalRef(system, externalId, request, ifMatch);
            } catch (RuntimeException e) {
                if (attempt >= ATTEMPTS || !lostCreateRace(e)) {
                    throw e;
                }
            }
        }
    }

    private static boolean lostCreateRace(Throwable failure) {
        if (failure instanceof DomainException refused) {
            return refused.code().equals("external-ref-taken");
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
