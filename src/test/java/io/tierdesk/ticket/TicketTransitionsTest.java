package io.tierdesk.ticket;

import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.ticketAbout;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static io.tierdesk.ticket.TicketSupport.etag;
import static io.tierdesk.ticket.TicketSupport.history;
import static io.tierdesk.ticket.TicketSupport.read;
import static io.tierdesk.ticket.TicketSupport.stepsTo;
import static io.tierdesk.ticket.TicketSupport.transition;
import static io.tierdesk.ticket.TicketSupport.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TicketTransitionsTest {

    private static List<Map<String, Object>> statusEntries(String id) {
        return history(id).stream()
                .filter(entry -> !"ROUTED".equals(entry.get("kind")))
                .toList();
    }

    @Test
    void walksEveryLegalTransitionFromNewToClosed() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String agent = uniqueSubject("agent");
        String[] path = {
            "TRIAGED",
            "IN_PROGRESS",
            "WAITING_ON_REQUESTER",
            "IN_PROGRESS",
            "WAITING_ON_VENDOR",
            "IN_PROGRESS",
            "RESOLVED",
            "CLOSED"
        };
        String previousTag = etag(id);
        String from = "NEW";
        for (String to : path) {
            ExtractableResponse<Response> moved = transition(id, agent, "helpdesk", to)
                    .statusCode(200)
                    .body("status", equalTo(to))
                    .extract();
            assertThat(moved.header("ETag"))
                    .isNotEqualTo(previousTag)
                    .isEqualTo("\"" + moved.<Integer>path("version") + "\"");
            previousTag = moved.header("ETag");
            from = to;
        }
        assertThat(from).isEqualTo("CLOSED");
        read(id).body("status", equalTo("CLOSED"))
                .body("resolved_at", notNullValue())
                .body("closed_at", notNullValue())
                .body("reopen_count", equalTo(0));

        List<Map<String, Object>> entries = statusEntries(id);
        assertThat(entries).extracting(entry -> entry.get("kind")).containsOnly("STATUS_CHANGED");
        assertThat(entries).extracting(entry -> entry.get("to_status")).containsExactly((Object[]) path);
        assertThat(entries)
                .extracting(entry -> entry.get("from_status"))
                .containsExactly(
                        "NEW",
                        "TRIAGED",
                        "IN_PROGRESS",
                        "WAITING_ON_REQUESTER",
                        "IN_PROGRESS",
                        "WAITING_ON_VENDOR",
                        "IN_PROGRESS",
                        "RESOLVED");
        assertThat(entries).extracting(entry -> entry.get("actor")).containsOnly(agent);
        assertThat(entries.get(0).get("reason")).isEqualTo("moving to TRIAGED");
    }

    @Test
    void resolvingStampsResolvedAtAndClosingStampsClosedAt() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        walk(id, "TRIAGED", "IN_PROGRESS");
        read(id).body("resolved_at", nullValue()).body("closed_at", nullValue());
        walk(id, "RESOLVED");
        read(id).body("resolved_at", notNullValue()).body("closed_at", nullValue());
        walk(id, "CLOSED");
        read(id).body("resolved_at", notNullValue()).body("closed_at", notNullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"WAITING_ON_REQUESTER", "WAITING_ON_VENDOR"})
    void aWaitingTicketMayBeResolvedDirectly(String waiting) {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        walk(id, stepsTo(waiting));

        transition(id, uniqueSubject("agent"), "helpdesk", "RESOLVED")
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("resolved_at", notNullValue());
        Map<String, Object> last = statusEntries(id).get(statusEntries(id).size() - 1);
        assertThat(last.get("from_status")).isEqualTo(waiting);
        assertThat(last.get("to_status")).isEqualTo("RESOLVED");
    }

    @Test
    void reopeningAResolvedTicketCountsTheReopenAndClearsResolvedAt() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String agent = uniqueSubject("agent");
        walk(id, stepsTo("RESOLVED"));

        transition(id, agent, "helpdesk", "IN_PROGRESS")
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("reopen_count", equalTo(1))
                .body("resolved_at", nullValue());
        walk(id, "RESOLVED");
        read(id).body("resolved_at", notNullValue());
        transition(id, agent, "helpdesk", "IN_PROGRESS")
                .statusCode(200)
                .body("reopen_count", equalTo(2))
                .body("resolved_at", nullValue());

        List<Map<String, Object>> reopened = statusEntries(id).stream()
                .filter(entry -> "REOPENED".equals(entry.get("kind")))
                .toList();
        assertThat(reopened).hasSize(2);
        assertThat(reopened.get(0).get("from_status")).isEqualTo("RESOLVED");
        assertThat(reopened.get(0).get("to_status")).isEqualTo("IN_PROGRESS");
        assertThat(reopened.get(0).get("actor")).isEqualTo(agent);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "NEW, IN_PROGRESS",
        "NEW, WAITING_ON_REQUESTER",
        "NEW, RESOLVED",
        "TRIAGED, WAITING_ON_REQUESTER",
        "TRIAGED, RESOLVED"
    })
    void theShortcutsAHelpDeskUsesAreAllowed(String from, String to) {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        walk(id, stepsTo(from));

        transition(id, uniqueSubject("agent"), "helpdesk", to).statusCode(200).body("status", equalTo(to));

        List<Map<String, Object>> entries = statusEntries(id);
        assertThat(entries.get(entries.size() - 1))
                .containsEntry("from_status", from)
                .containsEntry("to_status", to);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NEW", "TRIAGED"})
    void resolvingWithoutWorkNeedsAResolutionNoteAndChangesNothingWithoutOne(String from) {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        walk(id, stepsTo(from));
        String tag = etag(id);

        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("to_status", "RESOLVED"))
                .when()
                .post(ticketPath(id, "transitions"))
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("reason"));

        read(id).body("status", equalTo(from)).header("ETag", tag);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "NEW, NEW",
        "NEW, WAITING_ON_VENDOR",
        "NEW, CLOSED",
        "TRIAGED, NEW",
        "TRIAGED, TRIAGED",
        "TRIAGED, WAITING_ON_VENDOR",
        "TRIAGED, CLOSED",
        "IN_PROGRESS, NEW",
        "IN_PROGRESS, TRIAGED",
        "IN_PROGRESS, IN_PROGRESS",
        "IN_PROGRESS, CLOSED",
        "WAITING_ON_REQUESTER, NEW",
        "WAITING_ON_REQUESTER, TRIAGED",
        "WAITING_ON_REQUESTER, WAITING_ON_VENDOR",
        "WAITING_ON_REQUESTER, CLOSED",
        "WAITING_ON_VENDOR, NEW",
        "WAITING_ON_VENDOR, WAITING_ON_REQUESTER",
        "WAITING_ON_VENDOR, CLOSED",
        "RESOLVED, NEW",
        "RESOLVED, TRIAGED",
        "RESOLVED, WAITING_ON_REQUESTER",
        "RESOLVED, WAITING_ON_VENDOR",
        "RESOLVED, RESOLVED",
        "CLOSED, NEW",
        "CLOSED, TRIAGED",
        "CLOSED, IN_PROGRESS",
        "CLOSED, WAITING_ON_REQUESTER",
        "CLOSED, WAITING_ON_VENDOR",
        "CLOSED, RESOLVED",
        "CLOSED, CLOSED"
    })
    void illegalTransitionIsAConflictAndChangesNothing(String from, String to) {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        walk(id, stepsTo(from));
        String tag = etag(id);
        int entries = history(id).size();

        transition(id, uniqueSubject("agent"), "helpdesk", to)
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/illegal-transition"))
                .body("status", equalTo(409));

        read(id).body("status", equalTo(from)).header("ETag", tag);
        assertThat(history(id)).hasSize(entries);
    }

    @Test
    void staleIfMatchIsPreconditionFailedAndChangesNothing() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String agent = uniqueSubject("agent");
        String stale = etag(id);
        walk(id, "TRIAGED");
        String current = etag(id);

        jsonAs(agent, "helpdesk")
                .header("If-Match", stale)
                .body(Map.of("to_status", "IN_PROGRESS"))
                .when()
                .post(ticketPath(id, "transitions"))
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/precondition-failed"));
        read(id).body("status", equalTo("TRIAGED")).header("ETag", current);

        jsonAs(agent, "helpdesk")
                .header("If-Match", current)
                .body(Map.of("to_status", "IN_PROGRESS"))
                .when()
                .post(ticketPath(id, "transitions"))
                .then()
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"));
    }

    // --- the requester's moves -------------------------------------------------------------------------------------

    @Test
    void requesterMayReopenTheirResolvedTicket() {
        String requester = uniqueSubject("user");
        String id = raiseTicket(requester, "HOW_TO");
        walk(id, stepsTo("RESOLVED"));

        transition(id, requester, "maker", "IN_PROGRESS")
                .statusCode(200)
                .body("status", equalTo("IN_PROGRESS"))
                .body("reopen_count", equalTo(1));
        Map<String, Object> last = statusEntries(id).get(statusEntries(id).size() - 1);
        assertThat(last.get("kind")).isEqualTo("REOPENED");
        assertThat(last.get("actor")).isEqualTo(requester);
    }

    @Test
    void requesterMayCloseTheirResolvedTicket() {
        String requester = uniqueSubject("user");
        String id = raiseTicket(requester, "HOW_TO");
        walk(id, stepsTo("RESOLVED"));

        transition(id, requester, "maker", "CLOSED")
                .statusCode(200)
                .body("status", equalTo("CLOSED"))
                .body("closed_at", notNullValue());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "NEW, TRIAGED",
        "TRIAGED, IN_PROGRESS",
        "IN_PROGRESS, RESOLVED",
        "IN_PROGRESS, WAITING_ON_VENDOR",
        "WAITING_ON_VENDOR, IN_PROGRESS"
    })
    void requesterCannotMakeSupportMoves(String from, String to) {
        String requester = uniqueSubject("user");
        String id = raiseTicket(requester, "HOW_TO");
        walk(id, stepsTo(from));
        String tag = etag(id);

        transition(id, requester, "maker", to)
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/forbidden"));
        read(id).body("status", equalTo(from)).header("ETag", tag);
    }

    @Test
    void requesterMayAnswerATicketWaitingOnThemByTransition() {
        String requester = uniqueSubject("user");
        String id = raiseTicket(requester, "HOW_TO");
        walk(id, stepsTo("WAITING_ON_REQUESTER"));

        transition(id, requester, "maker", "IN_PROGRESS").statusCode(200).body("status", equalTo("IN_PROGRESS"));
    }

    @Test
    void requestersPublicCommentOnATicketWaitingOnThemPutsItBackInProgress() {
        String requester = uniqueSubject("user");
        String id = raiseTicket(requester, "HOW_TO");
        walk(id, stepsTo("WAITING_ON_REQUESTER"));

        jsonAs(requester, "maker")
                .body(Map.of("body", "Here is the screenshot"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(201)
                .body("visibility", equalTo("PUBLIC"))
                .body("first_response", equalTo(false));

        read(id).body("status", equalTo("IN_PROGRESS")).body("first_responded_at", nullValue());
        Map<String, Object> last = statusEntries(id).get(statusEntries(id).size() - 1);
        assertThat(last.get("kind")).isEqualTo("STATUS_CHANGED");
        assertThat(last.get("from_status")).isEqualTo("WAITING_ON_REQUESTER");
        assertThat(last.get("to_status")).isEqualTo("IN_PROGRESS");
        assertThat(last.get("actor")).isEqualTo(requester);
    }

    @Test
    void requestersCommentOnATicketNotWaitingOnThemLeavesTheStatus() {
        String requester = uniqueSubject("user");
        String id = raiseTicket(requester, "HOW_TO");
        walk(id, stepsTo("WAITING_ON_VENDOR"));

        jsonAs(requester, "maker")
                .body(Map.of("body", "Any news?"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(201);
        read(id).body("status", equalTo("WAITING_ON_VENDOR"));
    }

    @Test
    void supportStaffCommentOnATicketWaitingOnTheRequesterLeavesTheStatus() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        walk(id, stepsTo("WAITING_ON_REQUESTER"));

        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("body", "Still waiting for your screenshot"))
                .when()
                .post(ticketPath(id, "comments"))
                .then()
                .statusCode(201);
        read(id).body("status", equalTo("WAITING_ON_REQUESTER"));
    }

    @Test
    void makerOfASelfSupportedSolutionWorksItsTickets() {
        String maker = uniqueSubject("maker");
        String solutionId = registerSolution("productivity", maker, null);
        String id = raiseTicket(uniqueSubject("user"), ticketAbout("BUG", solutionId));

        for (String to : stepsTo("CLOSED")) {
            transition(id, maker, "maker", to).statusCode(200).body("status", equalTo(to));
        }
        assertThat(statusEntries(id)).extracting(entry -> entry.get("actor")).containsOnly(maker);
    }
}
