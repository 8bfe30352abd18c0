package io.tierdesk.knowledge;

import static io.tierdesk.knowledge.KnowledgeSupport.ARTICLES;
import static io.tierdesk.knowledge.KnowledgeSupport.article;
import static io.tierdesk.knowledge.KnowledgeSupport.move;
import static io.tierdesk.knowledge.KnowledgeSupport.path;
import static io.tierdesk.knowledge.KnowledgeSupport.publish;
import static io.tierdesk.knowledge.KnowledgeSupport.write;
import static io.tierdesk.knowledge.KnowledgeSupport.writeDraft;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.tierdesk.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KnowledgeArticleTest {

    @Test
    void articleGoesFromDraftToPublishedToRetiredAndNoOtherWay() {
        String agent = uniqueSubject("agent");
        String id = writeDraft(agent);
        as(agent, "helpdesk")
                .when()
                .get(path(id))
                .then()
                .statusCode(200)
                .body("state", equalTo("DRAFT"))
                .body("owner_subject", equalTo(agent))
                .body("created_by", equalTo(agent))
                .body("deflections", equalTo(0));

        move(id, agent, "helpdesk", "RETIRED").statusCode(409).contentType(PROBLEM_JSON);
        move(id, agent, "helpdesk", "PUBLISHED")
                .statusCode(200)
                .body("state", equalTo("PUBLISHED"))
                .body("published_at", notNullValue());
        move(id, agent, "helpdesk", "PUBLISHED").statusCode(409);
        move(id, agent, "helpdesk", "DRAFT").statusCode(409);
        move(id, agent, "helpdesk", "RETIRED")
                .statusCode(200)
                .body("state", equalTo("RETIRED"))
                .body("retired_at", notNullValue());
        move(id, agent, "helpdesk", "PUBLISHED").statusCode(409);
        jsonAs(agent, "helpdesk")
                .body(Map.of("title", "Too late"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);

        List<String> actions = as(uniqueSubject("auditor"), "auditor")
                .queryParam("resource_type", "knowledge_article")
                .queryParam("resource_id", id)
                .queryParam("limit", 50)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items.action");
        assertThat(actions)
                .contains("knowledge_article.created", "knowledge_article.published", "knowledge_article.retired");
    }

    @Test
    void editingHonoursIfMatchAndKeepsFieldsLeftOut() {
        String agent = uniqueSubject("agent");
        String id = writeDraft(agent);
        String etag =
                as(agent, "helpdesk").when().get(path(id)).then().extract().header("ETag");
        jsonAs(agent, "helpdesk")
                .header("If-Match", etag)
                .body(Map.of(
                        "body",
                        "New body",
                        "tags",
                        List.of("access", "access", "dataverse"),
                        "review_by",
                        "2031-01-31"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200)
                .body("body", equalTo("New body"))
                .body("tags", equalTo(List.of("access", "dataverse")))
                .body("review_by", equalTo("2031-01-31"))
                .body("language", equalTo("english"));
        jsonAs(agent, "helpdesk")
                .header("If-Match", etag)
                .body(Map.of("title", "Stale"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void badInputIsRejectedAndNothingIsCreated() {
        String agent = uniqueSubject("agent");
        jsonAs(agent, "helpdesk")
                .body(article("Title", "Body", "klingon"))
                .when()
                .post(ARTICLES)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        jsonAs(agent, "helpdesk")
                .body(Map.of("title", "No body", "language", "english"))
                .when()
                .post(ARTICLES)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        Map<String, Object> unknownTeam = article("Title", "Body", "english");
        unknownTeam.put("owner_team_id", "00000000-0000-0000-0000-0000000000ff");
        jsonAs(agent, "helpdesk")
                .body(unknownTeam)
                .when()
                .post(ARTICLES)
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON);
        int mine = as(agent, "helpdesk")
                .when()
                .get(ARTICLES + "/stale")
                .then()
                .statusCode(200)
                .extract()
                .path("items.size()");
        assertThat(mine).isZero();
        assertThat(as(uniqueSubject("admin"), "admin")
                        .queryParam("limit", 200)
                        .when()
                        .get(ARTICLES)
                        .then()
                        .statusCode(200)
                        .extract()
                        .<List<String>>path("items.created_by"))
                .doesNotContain(agent);
    }

    @Test
    void makersReadPublishedArticlesOnlyAndOwnersEditTheirOwn() {
        String agent = uniqueSubject("agent");
        String maker = uniqueSubject("maker");
        String draft = writeDraft(agent);
        String published = publish(agent, article(Fixtures.uniqueName("published"), "Body", "english"));
        Map<String, Object> owned = article(Fixtures.uniqueName("owned"), "Body", "english");
        owned.put("owner_subject", maker);
        String ownedDraft = write(agent, owned);

        as(maker, "maker").when().get(path(draft)).then().statusCode(404).contentType(PROBLEM_JSON);
        as(maker, "maker").when().get(path(published)).then().statusCode(200);
        as(maker, "maker").when().get(path(ownedDraft)).then().statusCode(200);
        List<String> listed = as(maker, "maker")
                .queryParam("limit", 200)
                .when()
                .get(ARTICLES)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(listed).contains(published, ownedDraft).doesNotContain(draft);
        as(maker, "maker")
                .queryParam("state", "DRAFT")
                .queryParam("limit", 200)
                .when()
                .get(ARTICLES)
                .then()
                .statusCode(200)
                .body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(draft)));

        jsonAs(maker, "maker")
                .body(Map.of("title", "Not mine"))
                .when()
                .patch(path(published))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        jsonAs(maker, "maker")
                .body(Map.of("title", "Not mine"))
                .when()
                .patch(path(draft))
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        jsonAs(maker, "maker")
                .body(Map.of("title", "Mine, improved"))
                .when()
                .patch(path(ownedDraft))
                .then()
                .statusCode(200)
                .body("title", equalTo("Mine, improved"));
        move(ownedDraft, maker, "maker", "PUBLISHED").statusCode(200);
    }

    @Test
    void teamOwnersEditTheirTeamsArticles() {
        String team = Fixtures.createTeam("BUSINESS_UNIT");
        String member = uniqueSubject("member");
        Fixtures.addMember(team, member, "MEMBER");
        Map<String, Object> body = article(Fixtures.uniqueName("team-owned"), "Body", "english");
        body.put("owner_team_id", team);
        String id = write(uniqueSubject("agent"), body);
        jsonAs(member, "partner")
                .body(Map.of("body", "Team edit"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200)
                .body("owner_team_id", equalTo(team))
                .body("owner_subject", equalTo(null));
    }

    @Test
    void accessToEveryOperation() {
        String agent = uniqueSubject("agent");
        String id = writeDraft(agent);
        String published = publish(agent, article(Fixtures.uniqueName("published"), "Body", "english"));

        RestAssured.given().when().get(ARTICLES).then().statusCode(401).contentType(PROBLEM_JSON);
        RestAssured.given().when().get(path(id)).then().statusCode(401).contentType(PROBLEM_JSON);
        RestAssured.given()
                .queryParam("q", "x")
                .when()
                .get(ARTICLES + "/search")
                .then()
                .statusCode(401);
        RestAssured.given().when().get(ARTICLES + "/stale").then().statusCode(401);
        RestAssured.given()
                .contentType("application/json")
                .body(article("t", "b", "english"))
                .when()
                .post(ARTICLES)
                .then()
                .statusCode(401);
        RestAssured.given()
                .contentType("application/json")
                .body(Map.of("title", "t"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(401);
        RestAssured.given()
                .contentType("application/json")
                .body(Map.of("to_state", "PUBLISHED"))
                .when()
                .post(path(id) + "/transitions")
                .then()
                .statusCode(401);

        for (String role : List.of("maker", "partner", "auditor", "integration", "automation")) {
            jsonAs(uniqueSubject(role), role)
                    .body(article("t", "b", "english"))
                    .when()
                    .post(ARTICLES)
                    .then()
                    .statusCode(403)
                    .contentType(PROBLEM_JSON);
        }
        as(uniqueSubject("bot"), "automation").when().get(ARTICLES).then().statusCode(403);
        as(uniqueSubject("bot"), "automation")
                .when()
                .get(path(published))
                .then()
                .statusCode(403);
        as(uniqueSubject("bot"), "automation")
                .queryParam("q", "x")
                .when()
                .get(ARTICLES + "/search")
                .then()
                .statusCode(403);
        as(uniqueSubject("auditor"), "auditor")
                .when()
                .get(ARTICLES + "/stale")
                .then()
                .statusCode(403);
        jsonAs(uniqueSubject("auditor"), "auditor")
                .body(Map.of("title", "t"))
                .when()
                .patch(path(published))
                .then()
                .statusCode(403);
        jsonAs(uniqueSubject("auditor"), "auditor")
                .body(Map.of("to_state", "RETIRED"))
                .when()
                .post(path(published) + "/transitions")
                .then()
                .statusCode(403);
        move(id, uniqueSubject("partner"), "partner", "PUBLISHED").statusCode(404);

        as(uniqueSubject("auditor"), "auditor").when().get(path(id)).then().statusCode(200);
        as(uniqueSubject("integration"), "integration")
                .when()
                .get(path(published))
                .then()
                .statusCode(200);
        as(uniqueSubject("maker"), "maker")
                .when()
                .get(path("00000000-0000-0000-0000-00000000beef"))
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        jsonAs(uniqueSubject("platform"), "platform")
                .body(Map.of("title", "Platform edit"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200);
        move(id, uniqueSubject("admin"), "admin", "PUBLISHED").statusCode(200);
    }
}
