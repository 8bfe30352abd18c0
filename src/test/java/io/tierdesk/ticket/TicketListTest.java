package io.tierdesk.ticket;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.createTeam;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.TICKETS;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.asJson;
import static io.tierdesk.support.Scenario.ensureDefaultTeams;
import static io.tierdesk.support.Scenario.idsRaisedBy;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.registerSolution;
import static io.tierdesk.support.Scenario.ticket;
import static io.tierdesk.support.Scenario.ticketAbout;
import static io.tierdesk.support.Tokens.token;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static io.tierdesk.ticket.TicketSupport.etag;
import static io.tierdesk.ticket.TicketSupport.history;
import static io.tierdesk.ticket.TicketSupport.read;
import static io.tierdesk.ticket.TicketSupport.stepsTo;
import static io.tierdesk.ticket.TicketSupport.walk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.tierdesk.client.model.ExternalRef;
import io.tierdesk.client.model.TicketCreate;
import io.tierdesk.client.model.TicketPriority;
import io.tierdesk.client.model.TicketUpdate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class TicketListTest {

    /** Five tickets of one requester, each different in status, level, team, assignee, solution and priority. */
    private static final class Dataset {
        final String requester = uniqueSubject("user");
        final String maker = uniqueSubject("maker");
        final String teamId = createTeam("BUSINESS_UNIT");
        final String solutionId = registerSolution("productivity", maker, null);
        final Map<String, String> ids = new HashMap<>();

        Dataset() {
            ensureDefaultTeams();
            ids.put("howTo", raiseTicket(requester, ticket("HOW_TO")));
            TicketCreate bug = ticketAbout("BUG", solutionId);
            bug.priority(TicketPriority.P1);
            ids.put("makerBug", raiseTicket(requester, bug));
            TicketCreate platform = ticket("PLATFORM_ISSUE");
            platform.priority(TicketPriority.P2);
            ids.put("platform", raiseTicket(requester, platform));
            walk(ids.get("platform"), "TRIAGED");
            ids.put(
                    "teamBug",
                    raiseTicket(
                            requester,
                            ticketAbout("BUG", registerSolution("important", uniqueSubject("maker"), teamId))));
            walk(ids.get("teamBug"), stepsTo("RESOLVED"));
            TicketCreate access = ticket("ACCESS_REQUEST");
            access.priority(TicketPriority.P4);
            ids.put("access", raiseTicket(requester, access));
            walk(ids.get("access"), stepsTo("CLOSED"));
        }

        String resolve(String value) {
            return value.replace("$TEAM", teamId).replace("$MAKER", maker).replace("$SOLUTION", solutionId);
        }
    }

    private static Dataset dataset;

    private static synchronized Dataset dataset() {
        if (dataset == null) {
            dataset = new Dataset();
        }
        return dataset;
    }

    private static Map<String, String> query(String spec) {
        Map<String, String> query = new HashMap<>();
        for (String pair : spec.split("&")) {
            if (!pair.isBlank()) {
                String[] parts = pair.split("=", 2);
                query.put(parts[0], parts[1]);
            }
        }
        return query;
    }

    // --- filters ------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "'' | howTo makerBug platform teamBug access",
                "status=NEW | howTo makerBug",
                "status=TRIAGED | platform",
                "status=RESOLVED | teamBug",
                "status=CLOSED | access",
                "status=WAITING_ON_VENDOR | ''",
                "level=HELP_DESK | howTo access",
                "level=MAKER | makerBug",
                "level=TEAM | teamBug",
                "level=PLATFORM | platform",
                "level=VENDOR | ''",
                "team_id=$TEAM | teamBug",
                "assignee=$MAKER | makerBug",
                "solution_id=$SOLUTION | makerBug",
                "priority=P1 | makerBug",
                "priority=P2 | platform",
                "priority=P3 | howTo teamBug",
                "priority=P4 | access",
                "category=HOW_TO | howTo",
                "category=BUG | makerBug teamBug",
                "category=PLATFORM_ISSUE | platform",
                "category=ACCESS_REQUEST | access",
                "category=CONNECTOR_REQUEST | ''",
                "open=true | howTo makerBug platform",
                "open=false | teamBug access",
                "open=true&category=BUG | makerBug",
                "open=false&level=TEAM | teamBug"
            })
    void eachFilterNarrowsTheRequestersTicketsToTheMatchingOnes(String filter, String expected) {
        Dataset data = dataset();
        Map<String, String> query = query(data.resolve(filter));
        query.put("requester", data.requester);
        List<String> expectedIds = Arrays.stream(expected.split(" "))
                .filter(name -> !name.isBlank())
                .map(data.ids::get)
                .toList();

        List<String> listed = as(uniqueSubject("agent"), "helpdesk")
                .queryParams(query)
                .queryParam("limit", 200)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(listed).containsExactlyInAnyOrderElementsOf(expectedIds);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"team_id=$TEAM | teamBug", "assignee=$MAKER | makerBug", "solution_id=$SOLUTION | makerBug"})
    void filtersOnUniqueValuesFindExactlyTheirTickets(String filter, String expected) {
        Dataset data = dataset();
        List<String> listed = as(uniqueSubject("admin"), "admin")
                .queryParams(query(data.resolve(filter)))
                .queryParam("limit", 200)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(listed).containsExactly(data.ids.get(expected));
    }

    // --- external references --------------------------------------------------------------------------------------

    @Test
    void integrationFindsTheTicketMirroredUnderAnExternalReference() {
        String integration = uniqueSubject("servicenow");
        String incident = "INC" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        TicketCreate body = ticket("ACCESS_REQUEST");
        body.requester(uniqueSubject("user"));
        body.externalRefs(List.of(
                new ExternalRef().system("servicenow").externalId(incident).url("https://sn.example/" + incident)));
        String id = jsonAs(integration, "integration")
                .body(asJson(body))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .body("external_refs[0].system", equalTo("servicenow"))
                .body("external_refs[0].external_id", equalTo(incident))
                .extract()
                .path("id");
        raiseTicket(uniqueSubject("user"), "ACCESS_REQUEST");

        as(integration, "integration")
                .queryParam("external_system", "servicenow")
                .queryParam("external_id", incident)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(id))
                .body("items[0].external_refs[0].external_id", equalTo(incident));
        as(integration, "integration")
                .queryParam("external_system", "jira")
                .queryParam("external_id", incident)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
        as(uniqueSubject("stranger"), "maker")
                .queryParam("external_system", "servicenow")
                .queryParam("external_id", incident)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .body("items", org.hamcrest.Matchers.empty());
    }

    @Test
    void theSameExternalReferenceOnAnotherTicketIsAConflict() {
        String integration = uniqueSubject("servicenow");
        String incident = "INC" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        ExternalRef ref = new ExternalRef().system("servicenow").externalId(incident);
        TicketCreate first = ticket("HOW_TO");
        first.externalRefs(List.of(ref));
        String id = jsonAs(integration, "integration")
                .body(asJson(first))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        TicketCreate second = ticket("HOW_TO");
        second.externalRefs(List.of(ref));
        jsonAs(integration, "integration")
                .body(asJson(second))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/external-ref-taken"));
        assertThat(idsRaisedBy(integration)).containsExactly(id);

        String other = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String tag = etag(other);
        jsonAs(integration, "integration")
                .body(asJson(new TicketUpdate().externalRefs(List.of(ref))))
                .when()
                .patch(ticketPath(other))
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/external-ref-taken"));
        read(other).header("ETag", tag).body("external_refs", org.hamcrest.Matchers.empty());

        as(integration, "integration")
                .queryParam("external_system", "servicenow")
                .queryParam("external_id", incident)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.contains(id));
    }

    // --- paging ---------------------------------------------------------------------------------------------------

    private record PageOf(List<String> ids, String nextCursor, String link) {}

    private static PageOf page(String viewer, String role, String requester, String sort, String cursor) {
        var request = as(viewer, role)
                .queryParam("requester", requester)
                .queryParam("sort", sort)
                .queryParam("limit", 2);
        if (cursor != null) {
            request.queryParam("cursor", cursor);
        }
        ExtractableResponse<Response> response =
                request.when().get(TICKETS).then().statusCode(200).extract();
        return new PageOf(response.path("items.id"), response.path("next_cursor"), response.header("Link"));
    }

    private static List<String> walkPages(String requester, String sort, Consumer<PageOf> check) {
        String viewer = uniqueSubject("agent");
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        String cursor = null;
        do {
            PageOf page = page(viewer, "helpdesk", requester, sort, cursor);
            check.accept(page);
            seen.addAll(page.ids());
            sizes.add(page.ids().size());
            cursor = page.nextCursor();
        } while (cursor != null && sizes.size() < 10);
        assertThat(sizes).containsExactly(2, 2, 1);
        return seen;
    }

    private static void linksToTheNextPage(PageOf page) {
        if (page.nextCursor() == null) {
            assertThat(page.link()).isNull();
        } else {
            assertThat(page.link())
                    .contains("rel=\"next\"")
                    .contains("cursor=" + page.nextCursor())
                    .contains("limit=2");
        }
    }

    private static List<String> fiveTicketsOf(String requester) {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(raiseTicket(requester, "HOW_TO"));
        }
        return created;
    }

    @Test
    void pagesByCreationNewestFirstWithEachTicketOnce() {
        String requester = uniqueSubject("user");
        List<String> created = fiveTicketsOf(requester);

        List<String> seen = walkPages(requester, "created", TicketListTest::linksToTheNextPage);

        List<String> newestFirst = new ArrayList<>(created);
        java.util.Collections.reverse(newestFirst);
        assertThat(seen).containsExactlyElementsOf(newestFirst);
    }

    @Test
    void followingTheLinkHeaderWalksEveryPage() {
        String requester = uniqueSubject("user");
        List<String> created = fiveTicketsOf(requester);
        String viewer = uniqueSubject("agent");

        List<String> seen = new ArrayList<>();
        String url = TICKETS + "?requester=" + requester + "&limit=2";
        int pages = 0;
        while (url != null && pages < 10) {
            ExtractableResponse<Response> response = given().auth()
                    .oauth2(token(viewer, "helpdesk"))
                    .urlEncodingEnabled(false)
                    .when()
                    .get(url)
                    .then()
                    .statusCode(200)
                    .extract();
            seen.addAll(response.path("items.id"));
            String link = response.header("Link");
            url = link == null ? null : link.substring(link.indexOf('<') + 1, link.indexOf('>'));
            pages++;
        }
        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
    }

    @Test
    void pagesByDueTimeWithEachTicketOnceInIdOrderWhileNoneIsDue() {
        String requester = uniqueSubject("user");
        List<String> created = fiveTicketsOf(requester);
        for (String id : created) {
            read(id).body("due_at", nullValue());
        }

        List<String> seen = walkPages(requester, "due", TicketListTest::linksToTheNextPage);

        assertThat(seen).containsExactlyInAnyOrderElementsOf(created).doesNotHaveDuplicates();
        assertThat(seen).isSorted();
    }

    @Test
    void aCursorOfOneSortIsRejectedForTheOther() {
        String requester = uniqueSubject("user");
        fiveTicketsOf(requester);
        String viewer = uniqueSubject("agent");
        String cursor = page(viewer, "helpdesk", requester, "created", null).nextCursor();

        as(viewer, "helpdesk")
                .queryParam("requester", requester)
                .queryParam("sort", "due")
                .queryParam("limit", 2)
                .queryParam("cursor", cursor)
                .when()
                .get(TICKETS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-cursor"));
    }

    // --- editing ----------------------------------------------------------------------------------------------------

    @Test
    void requesterChangesTitleAndDescription() {
        String requester = uniqueSubject("user");
        String id = raiseTicket(requester, "HOW_TO");
        String tag = etag(id);

        ExtractableResponse<Response> changed = jsonAs(requester, "maker")
                .body(Map.of("title", "Clearer title", "description", "More detail"))
                .when()
                .patch(ticketPath(id))
                .then()
                .statusCode(200)
                .body("title", equalTo("Clearer title"))
                .body("description", equalTo("More detail"))
                .body("priority", equalTo("P3"))
                .extract();
        assertThat(changed.header("ETag")).isNotEqualTo(tag);
        read(id).body("title", equalTo("Clearer title")).header("ETag", changed.header("ETag"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"priority", "assignee"})
    void requesterCannotChangePriorityOrAssignee(String field) {
        String requester = uniqueSubject("user");
        String id = raiseTicket(requester, "HOW_TO");
        String tag = etag(id);
        Map<String, Object> change = new HashMap<>();
        change.put("title", "Sneaky");
        change.put(field, "priority".equals(field) ? "P1" : requester);

        jsonAs(requester, "maker")
                .body(change)
                .when()
                .patch(ticketPath(id))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/forbidden"));
        read(id).header("ETag", tag)
                .body("priority", equalTo("P3"))
                .body("assignee", nullValue())
                .body("title", org.hamcrest.Matchers.not(equalTo("Sneaky")));
    }

    @Test
    void supportStaffChangePriorityAndAssigneeAndBothAreInTheHistory() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String agent = uniqueSubject("agent");
        String assignee = uniqueSubject("assignee");

        jsonAs(agent, "helpdesk")
                .body(Map.of("priority", "P1"))
                .when()
                .patch(ticketPath(id))
                .then()
                .statusCode(200)
                .body("priority", equalTo("P1"));
        jsonAs(agent, "helpdesk")
                .body(Map.of("assignee", assignee))
                .when()
                .patch(ticketPath(id))
                .then()
                .statusCode(200)
                .body("assignee", equalTo(assignee));

        List<Map<String, Object>> entries = history(id);
        assertThat(entries)
                .extracting(entry -> entry.get("kind"))
                .containsExactly("ROUTED", "PRIORITY_CHANGED", "ASSIGNED");
        assertThat(entries.get(1)).containsEntry("actor", agent);
        assertThat((String) entries.get(1).get("detail")).contains("P3").contains("P1");
        assertThat(entries.get(2)).containsEntry("actor", agent).containsEntry("detail", assignee);
        assertThat(as(uniqueSubject("admin"), "admin")
                        .queryParam("assignee", assignee)
                        .when()
                        .get(TICKETS)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("items.id"))
                .containsExactly(id);
    }

    @Test
    void settingTheSamePriorityAgainAddsNoHistory() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("priority", "P3"))
                .when()
                .patch(ticketPath(id))
                .then()
                .statusCode(200);
        assertThat(history(id)).hasSize(1);
    }

    @Test
    void staleIfMatchOnEditIsPreconditionFailedAndChangesNothing() {
        String id = raiseTicket(uniqueSubject("user"), "HOW_TO");
        String agent = uniqueSubject("agent");
        String stale = etag(id);
        jsonAs(agent, "helpdesk")
                .body(Map.of("priority", "P2"))
                .when()
                .patch(ticketPath(id))
                .then()
                .statusCode(200);
        String current = etag(id);

        jsonAs(agent, "helpdesk")
                .header("If-Match", stale)
                .body(Map.of("priority", "P1"))
                .when()
                .patch(ticketPath(id))
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON);
        read(id).header("ETag", current).body("priority", equalTo("P2"));
    }

    // --- idempotent create ------------------------------------------------------------------------------------------

    @Test
    void createWithAnIdempotencyKeyRaisesOneTicketAndReplaysIt() {
        String requester = uniqueSubject("user");
        String key = UUID.randomUUID().toString();
        TicketCreate body = ticket("HOW_TO");

        ExtractableResponse<Response> first = jsonAs(requester, "maker")
                .header("Idempotency-Key", key)
                .body(asJson(body))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract();
        ExtractableResponse<Response> again = jsonAs(requester, "maker")
                .header("Idempotency-Key", key)
                .body(asJson(body))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .extract();

        assertThat(again.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(again.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(idsRaisedBy(requester)).containsExactly(first.<String>path("id"));
        read(first.path("id")).header("ETag", first.header("ETag"));

        TicketCreate different = ticket("HOW_TO");
        jsonAs(requester, "maker")
                .header("Idempotency-Key", key)
                .body(asJson(different))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        assertThat(idsRaisedBy(requester)).containsExactly(first.<String>path("id"));
    }

    @Test
    void theSameIdempotencyKeyFromAnotherCallerRaisesItsOwnTicket() {
        String key = UUID.randomUUID().toString();
        TicketCreate body = ticket("HOW_TO");
        String one = jsonAs(uniqueSubject("user"), "maker")
                .header("Idempotency-Key", key)
                .body(asJson(body))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String two = jsonAs(uniqueSubject("user"), "maker")
                .header("Idempotency-Key", key)
                .body(asJson(body))
                .when()
                .post(TICKETS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        assertThat(two).isNotEqualTo(one);
    }
}
