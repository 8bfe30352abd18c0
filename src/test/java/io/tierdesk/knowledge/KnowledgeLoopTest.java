package io.tierdesk.knowledge;

import static io.tierdesk.knowledge.KnowledgeSupport.ARTICLES;
import static io.tierdesk.knowledge.KnowledgeSupport.article;
import static io.tierdesk.knowledge.KnowledgeSupport.move;
import static io.tierdesk.knowledge.KnowledgeSupport.path;
import static io.tierdesk.knowledge.KnowledgeSupport.publish;
import static io.tierdesk.knowledge.KnowledgeSupport.writeDraft;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.ticketPath;
import static io.tierdesk.support.Scenario.raiseTicket;
import static io.tierdesk.support.Scenario.ticket;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.TestClock;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The feedback loop between tickets and the knowledge base: candidates become drafts, articles deflect tickets. */
@QuarkusTest
class KnowledgeLoopTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String raiseHowTo(String requester) {
        return raiseTicket(
                requester,
                ticket("HOW_TO").title(Fixtures.uniqueName("how do I")).description("I cannot find the share button."));
    }

    private static void flag(String ticketId, String summary) {
        jsonAs(uniqueSubject("agent"), "helpdesk")
                .body(Map.of("kb_candidate", true, "kb_summary", summary))
                .when()
                .patch(ticketPath(ticketId))
                .then()
                .statusCode(200);
    }

    private static io.restassured.response.ValidatableResponse draftFrom(String ticketId, String subject, String role) {
        return jsonAs(subject, role)
                .body(Map.of())
                .when()
                .post(ticketPath(ticketId, "knowledge-draft"))
                .then();
    }

    @Test
    void aCandidateTicketBecomesADraftLinkedToItOnce() {
        String ticket = raiseHowTo(uniqueSubject("user"));
        String lead = uniqueSubject("lead");
        draftFrom(ticket, lead, "helpdesk").statusCode(422).contentType(PROBLEM_JSON);

        flag(ticket, "Use the Share command in the app's details page.");
        String draft = draftFrom(ticket, lead, "helpdesk")
                .statusCode(201)
                .body("state", equalTo("DRAFT"))
                .body("source_ticket_id", equalTo(ticket))
                .body("body", equalTo("Use the Share command in the app's details page."))
                .body("categories", equalTo(List.of("HOW_TO")))
                .body("owner_subject", equalTo(lead))
                .extract()
                .path("id");
        draftFrom(ticket, lead, "helpdesk").statusCode(409).contentType(PROBLEM_JSON);

        List<String> drafts = as(lead, "helpdesk")
                .queryParam("state", "DRAFT")
                .queryParam("limit", 200)
                .when()
                .get(ARTICLES)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(drafts).contains(draft);
    }

    @Test
    void draftingFromATicketIsForSupportStaff() {
        String requester = uniqueSubject("user");
        String ticket = raiseHowTo(requester);
        flag(ticket, "Summary");
        RestAssured.given()
                .contentType("application/json")
                .body(Map.of())
                .when()
                .post(ticketPath(ticket, "knowledge-draft"))
                .then()
                .statusCode(401);
        for (String role : List.of("maker", "partner", "auditor", "integration", "automation")) {
            draftFrom(ticket, requester, role).statusCode(403).contentType(PROBLEM_JSON);
        }
        draftFrom("00000000-0000-0000-0000-00000000dead", uniqueSubject("agent"), "helpdesk")
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        draftFrom(ticket, uniqueSubject("platform"), "platform").statusCode(201);
    }

    @Test
    void theCandidateReportCountsCandidatesDraftsAndPublishedArticles() {
        Instant start = Instant.parse("2004-01-01T00:00:00Z")
                .plus(ThreadLocalRandom.current().nextInt(0, 300 * 24), ChronoUnit.HOURS);
        clock.set(start.plusSeconds(60));
        String user = uniqueSubject("user");
        String drafted = raiseHowTo(user);
        String published = raiseHowTo(user);
        String candidateOnly = raiseHowTo(user);
        raiseHowTo(user);
        flag(drafted, "Drafted");
        flag(published, "Published");
        flag(candidateOnly, "Not yet drafted");
        String agent = uniqueSubject("agent");
        draftFrom(drafted, agent, "helpdesk").statusCode(201);
        String article = draftFrom(published, agent, "helpdesk")
                .statusCode(201)
                .extract()
                .path("id");
        move(article, agent, "helpdesk", "PUBLISHED").statusCode(200);

        var report = as(uniqueSubject("auditor"), "auditor")
                .queryParam("since", start.toString())
                .queryParam("until", start.plus(1, ChronoUnit.HOURS).toString())
                .when()
                .get("/api/v1/reports/knowledge-candidates")
                .then()
                .statusCode(200)
                .body("candidates", equalTo(3))
                .body("drafted", equalTo(2))
                .body("published", equalTo(1))
                .extract()
                .jsonPath();
        assertThat(report.getDouble("conversion_percent")).isCloseTo(66.67, org.assertj.core.data.Offset.offset(0.01));
        as(uniqueSubject("maker"), "maker")
                .queryParam("since", start.toString())
                .queryParam("until", start.plus(1, ChronoUnit.HOURS).toString())
                .when()
                .get("/api/v1/reports/knowledge-candidates")
                .then()
                .statusCode(403);
    }

    @Test
    void ticketsLinkTheArticleThatSolvedThemAndEachLinkCountsAsADeflection() {
        String agent = uniqueSubject("agent");
        String article = publish(agent, article(Fixtures.uniqueName("fix"), "Restart the flow.", "english"));
        String other = publish(agent, article(Fixtures.uniqueName("other fix"), "Re-share the app.", "english"));
        String first = raiseHowTo(uniqueSubject("user"));
        String second = raiseHowTo(uniqueSubject("user"));
        link(first, article, agent)
                .statusCode(200)
                .body("article_id", equalTo(article))
                .body("linked_by", equalTo(agent));
        link(second, article, agent).statusCode(200);
        link(second, article, agent).statusCode(200);
        as(agent, "helpdesk").when().get(path(article)).then().body("deflections", equalTo(2));

        link(second, other, agent).statusCode(200);
        as(agent, "helpdesk").when().get(path(article)).then().body("deflections", equalTo(1));
        as(agent, "helpdesk").when().get(path(other)).then().body("deflections", equalTo(1));

        String draft = writeDraft(agent);
        link(first, draft, agent).statusCode(422).contentType(PROBLEM_JSON);
        link("00000000-0000-0000-0000-00000000dead", article, agent).statusCode(404);
        RestAssured.given()
                .contentType("application/json")
                .body(Map.of("article_id", article))
                .when()
                .put(ticketPath(first, "knowledge-link"))
                .then()
                .statusCode(401);
        jsonAs(uniqueSubject("maker"), "maker")
                .body(Map.of("article_id", article))
                .when()
                .put(ticketPath(first, "knowledge-link"))
                .then()
                .statusCode(403);
        as(agent, "helpdesk").when().get(path(article)).then().body("deflections", equalTo(1));
    }

    private static io.restassured.response.ValidatableResponse link(String ticket, String article, String agent) {
        return jsonAs(agent, "helpdesk")
                .body(Map.of("article_id", article))
                .when()
                .put(ticketPath(ticket, "knowledge-link"))
                .then();
    }
}
